import {
  SignJWT,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { TOKEN_CLAIMS, type Principal } from '@sw/contracts';

/** How bearer tokens are verified (and, in development, issued). */
export interface AuthOptions {
  /** HS256 shared secret (at least 32 characters) shared with the host site. */
  secret?: string;
  /** The host site's JSON Web Key Set, for asymmetric tokens (RS256, ES256, EdDSA…). */
  jwksUrl?: string;
  /** Expected `iss` and `aud` when set. */
  issuer?: string;
  audience?: string;
  /** Issue tokens at `POST /api/dev/login`. Defaults to true in development mode, and cannot be on in production. */
  devLogin?: boolean;
  /** Lifetime of development tokens in seconds (default 8 hours). */
  devTokenTtlSeconds?: number;
  /** Claim names, when the host site's tokens use others (defaults: role, org, name). */
  claims?: { role?: string; organisation?: string; name?: string };
}

export class InvalidTokenError extends Error {}

export interface TokenService {
  verify(token: string): Promise<Principal>;
  /** Present when development tokens may be issued. */
  issue?: (principal: Principal) => Promise<{ token: string; expiresAt: string }>;
}

const DEV_ISSUER = 'sw-portal-dev';
export const MIN_SECRET_LENGTH = 32;

export function createTokenService(options: {
  auth: AuthOptions;
  /** The development signing secret (the configured secret, or one kept in the database). */
  devSecret?: string;
  now?: () => Date;
}): TokenService {
  const { auth } = options;
  if (auth.secret !== undefined && auth.secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`auth.secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const claims = { ...TOKEN_CLAIMS, ...auth.claims };
  const secret = auth.secret ? new TextEncoder().encode(auth.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const devSecret = options.devSecret ? new TextEncoder().encode(options.devSecret) : undefined;
  const ttl = auth.devTokenTtlSeconds ?? 8 * 3600;
  const now = options.now ?? (() => new Date());

  const common = { clockTolerance: 30 };

  async function verifyWith(token: string): Promise<JWTPayload> {
    const header = decodeHeader(token);
    const at = now();
    if (header.alg === 'HS256') {
      if (devSecret) {
        try {
          return (
            await jwtVerify(token, devSecret, { ...common, currentDate: at, issuer: DEV_ISSUER, algorithms: ['HS256'] })
          ).payload;
        } catch (error) {
          if (!secret) throw error;
        }
      }
      if (secret) {
        return (
          await jwtVerify(token, secret, {
            ...common,
            currentDate: at,
            algorithms: ['HS256'],
            ...(auth.issuer ? { issuer: auth.issuer } : {}),
            ...(auth.audience ? { audience: auth.audience } : {}),
          })
        ).payload;
      }
      throw new InvalidTokenError('HS256 tokens are not accepted here');
    }
    if (jwks) {
      return (
        await jwtVerify(token, jwks, {
          ...common,
          currentDate: at,
          ...(auth.issuer ? { issuer: auth.issuer } : {}),
          ...(auth.audience ? { audience: auth.audience } : {}),
        })
      ).payload;
    }
    throw new InvalidTokenError(`${header.alg ?? 'unsigned'} tokens are not accepted here`);
  }

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        payload = await verifyWith(token);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(describeJoseError(error));
        throw new InvalidTokenError('the token could not be verified');
      }
      return principalFromClaims(payload, claims);
    },
    ...(devSecret
      ? {
          async issue(principal: Principal) {
            const issuedAt = Math.floor(now().getTime() / 1000);
            const token = await new SignJWT({
              [claims.role]: principal.role,
              [claims.name]: principal.name,
              ...(principal.organisationId ? { [claims.organisation]: principal.organisationId } : {}),
            })
              .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
              .setSubject(principal.id)
              .setIssuer(DEV_ISSUER)
              .setIssuedAt(issuedAt)
              .setExpirationTime(issuedAt + ttl)
              .sign(devSecret);
            return { token, expiresAt: new Date((issuedAt + ttl) * 1000).toISOString() };
          },
        }
      : {}),
  };
}

function decodeHeader(token: string): { alg?: string } {
  const [header] = token.split('.');
  try {
    const parsed = JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && 'alg' in parsed && typeof parsed.alg === 'string')
      return { alg: parsed.alg };
  } catch {
    // fall through
  }
  throw new InvalidTokenError('malformed token');
}

function describeJoseError(error: InstanceType<typeof joseErrors.JOSEError>): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no key of the key set matches the token';
  return 'the token could not be verified';
}

function principalFromClaims(
  payload: JWTPayload,
  claims: { role: string; organisation: string; name: string },
): Principal {
  const sub = payload.sub;
  if (!sub) throw new InvalidTokenError('the token has no subject');
  const role = payload[claims.role];
  const name = typeof payload[claims.name] === 'string' ? (payload[claims.name] as string) : sub;
  if (role === 'operator') {
    const organisationId = payload[claims.organisation];
    if (typeof organisationId !== 'string' || !organisationId) {
      throw new InvalidTokenError(`an operator token needs the "${claims.organisation}" claim`);
    }
    return { id: sub, role, name, organisationId };
  }
  if (role === 'regulator' || role === 'admin') return { id: sub, role, name };
  if (role === undefined || role === 'public') return { id: sub, role: 'public', name };
  throw new InvalidTokenError(`unknown role "${String(role)}"`);
}
