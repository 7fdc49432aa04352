import type { Context, MiddlewareHandler } from 'hono';
import { API_ERROR_CODES, PROBLEM_CONTENT_TYPE, problemSchema, type ApiErrorCode } from '@sw/contracts';
import { authorize, type Action, type ResourceType } from '../auth/policy.ts';
import { principalOf, type AppEnv, type ServiceHolder } from '../context.ts';

/** OpenAPI `responses` entries for the problem codes a route may answer with, grouped by status. */
export function problemResponses(...codes: ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) {
    const status = API_ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      {
        description: `Problem: ${list.map((code) => `\`${code}\``).join(', ')}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
      },
    ]),
  ) as Record<number, { description: string; content: Record<string, { schema: typeof problemSchema }> }>;
}

/** Errors any route may answer with. */
export const COMMON_PROBLEMS = ['internal.error', 'service.unavailable'] as const satisfies ApiErrorCode[];
export const WRITE_PROBLEMS = [
  'validation.failed',
  'request.malformed_json',
  'request.too_large',
  'request.unsupported_media_type',
] as const satisfies ApiErrorCode[];

export const BEARER: Record<string, string[]>[] = [{ bearer: [] }];
/** Routes a token is optional for (anonymous callers act as the public). */
export const OPTIONAL_BEARER: Record<string, string[]>[] = [{}, { bearer: [] }];

/**
 * A JSON body that is already serialised (the fee list's cached texts). Typed as `never` so an
 * OpenAPI handler accepts it in place of a typed `c.json()`; its shape is the route's schema,
 * which the contract suite checks.
 */
export function jsonText(c: Context, body: string | Uint8Array, status: 200 | 201 = 200): never {
  // Buffers from Buffer.from/concat are backed by plain ArrayBuffers (never shared ones).
  return c.body(body as string | Uint8Array<ArrayBuffer>, status, { 'Content-Type': 'application/json' }) as never;
}

/**
 * Route middleware for actions the public may never take: resolves the caller before the request
 * is validated, so an anonymous call gets `401 auth.required` (and a bad token `401
 * auth.invalid_token`) whatever its body. The handler still calls `authorize` with the record.
 */
export function signedIn<R extends ResourceType>(
  holder: ServiceHolder,
  type: R,
  action: Action<R>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await principalOf(c, holder.get());
    if (principal.role === 'public') authorize(principal, action, { type });
    await next();
  };
}
