import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { COMPLAINT_ATTACHMENT_BODY_LIMIT, createProblem, fieldErrorsFromZod } from '@sw/contracts';
import type { AppEnv, ServiceHolder } from './context.ts';
import { renderDocs } from './http/docs.ts';
import { ProblemError, errorResponse, problemResponse, validationError } from './http/problem.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import { registerFeeRoutes } from './routes/fees.ts';
import { FEE_IMPORT_MAX_BODY_BYTES, FEE_IMPORT_PATH } from './routes/feesImport.ts';
import { registerObjectionRoutes } from './routes/objections.ts';
import { registerSystemRoutes } from './routes/system.ts';
import { registerUsageRoutes } from './routes/usage.ts';
import { registerClearanceRoutes } from './routes/clearance.ts';
import { registerServiceTimesRoutes } from './routes/serviceTimes.ts';
import { registerReleaseRoutes } from './routes/releases.ts';
import type { ReleaseService } from '@sw/release/node';
import { COMPLAINT_ATTACHMENT_PATH, registerComplaintRoutes } from './routes/complaints.ts';

export interface AppOptions {
  holder: ServiceHolder;
  /** Resolves when the services are ready; requests wait for it. */
  ready: Promise<void>;
  devLogin: boolean;
  maxBodyBytes: number;
  log: (message: string) => void;
  /** The release store the release console works on (the host passes it); without one those routes answer 503. */
  releases?: ReleaseService | undefined;
}

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const { holder } = options;

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(fieldErrorsFromZod(result.error));
    },
  });

  app.use('*', async (_c, next) => {
    if (!holder.ready) {
      await options.ready.catch(() => {
        throw new ProblemError('service.unavailable', 'The API could not start; see its log.');
      });
    }
    await next();
  });
  app.use('*', requestId());
  // JSON compresses about tenfold (the usage figures: 170 KB to 16 KB), which traders on slow links
  // feel on every page; registered before the header middleware so it sees the final headers.
  app.use('*', compress());
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  // Writes: JSON only, and no larger than the limit.
  app.use('*', async (c, next) => {
    if (!BODY_METHODS.has(c.req.method)) return next();
    const type = c.req.header('content-type');
    const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
    if ((type !== undefined || hasBody) && !JSON_TYPE.test(type ?? '')) {
      throw new ProblemError(
        'request.unsupported_media_type',
        `Send the body as application/json${type ? `, not ${type.split(';')[0]}` : ''}.`,
      );
    }
    return next();
  });
  const limitTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ProblemError('request.too_large', `The body may be at most ${maxSize} bytes.`);
      },
    });
  const defaultLimit = limitTo(options.maxBodyBytes);
  // A fee list import carries up to 5,000 rows.
  const importLimit = limitTo(Math.max(options.maxBodyBytes, FEE_IMPORT_MAX_BODY_BYTES));
  // A complaint attachment carries one file (up to 4 MiB) in base64.
  const attachmentLimit = limitTo(Math.max(options.maxBodyBytes, COMPLAINT_ATTACHMENT_BODY_LIMIT));
  const limitFor = (path: string) =>
    path === FEE_IMPORT_PATH ? importLimit : COMPLAINT_ATTACHMENT_PATH.test(path) ? attachmentLimit : defaultLimit;
  app.use('*', (c, next) => limitFor(c.req.path)(c, next));

  registerSystemRoutes(app, holder, options.devLogin);
  registerFeeRoutes(app, holder);
  registerObjectionRoutes(app, holder);
  registerAuditRoutes(app, holder);
  registerUsageRoutes(app, holder);
  registerClearanceRoutes(app, holder);
  registerServiceTimesRoutes(app, holder);
  registerReleaseRoutes(app, holder, options.releases);
  registerComplaintRoutes(app, holder);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A JWT from the host site (verified by its JWKS or a shared secret), or in development mode from POST /api/dev/login. ' +
      'Claims: sub, role (operator | regulator | admin), org (operators), name.',
  });

  let document: Record<string, unknown> | undefined;
  let docsHtml: string | undefined;
  const openApiDocument = () =>
    (document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Single Window Suite portal API',
        version: '1.0.0',
        description:
          'Reference implementation of the portal API of the China (Shenzhen) International Trade Single Window suite: ' +
          'the port charge catalogue, objections to publicised charges, reference data and the audit trail. ' +
          'Errors are RFC 9457 `application/problem+json` with a stable `code`.',
      },
    }) as unknown as Record<string, unknown>);

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/docs', (c) => {
    docsHtml ??= renderDocs(openApiDocument());
    return c.html(docsHtml, 200, {
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
  });

  app.notFound((c) => {
    const problem = createProblem({
      status: 404,
      code: 'route.not_found',
      detail: `No API route ${c.req.method} ${new URL(c.req.url).pathname}.`,
      instance: new URL(c.req.url).pathname,
    });
    return problemResponse(problem);
  });

  app.onError((error, c) => {
    const instance = new URL(c.req.url).pathname;
    if (error instanceof ProblemError) return errorResponse(error, instance);
    if (error instanceof HTTPException) {
      if (error.status === 400 && /json/i.test(error.message)) {
        return errorResponse(new ProblemError('request.malformed_json', 'The body is not valid JSON.'), instance);
      }
      if (error.status === 415)
        return errorResponse(new ProblemError('request.unsupported_media_type', 'Send application/json.'), instance);
      if (error.status === 413) return errorResponse(new ProblemError('request.too_large'), instance);
    }
    options.log(
      `error ${c.req.method} ${instance} (${c.get('requestId') ?? '-'}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return errorResponse(
      new ProblemError('internal.error', 'Something went wrong on our side; the request id helps us find it.'),
      instance,
    );
  });

  return app;
}
