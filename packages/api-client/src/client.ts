import type { z } from 'zod';
import type { problemSchema } from '@sw/contracts/problem';
import { PROBLEM_CONTENT_TYPE } from '@sw/contracts/media-types';
import { ApiError, ContractError, NetworkError } from './errors.ts';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface ApiClientOptions {
  /** e.g. `/api` or `https://portal.example/api`. */
  baseUrl: string;
  getToken?: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  /** Sent as Accept-Language so server messages come back in the user's language. */
  getLocale?: () => string;
  /**
   * The problem+json schema, loaded with the first error answer to read: the client itself carries
   * no zod, so a page whose code only reads (the frame, on every portal page) never downloads it.
   */
  loadProblemSchema?: () => Promise<typeof problemSchema>;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** For creating endpoints: the same key twice yields one record. */
  idempotencyKey?: string;
}

export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  post<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  put<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  patch<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  delete<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  /**
   * Whether `GET path` answers with success, its body unread: for features the API offers only in
   * some deployments (the demo login). A network failure is a NetworkError, as for every request.
   */
  answers(path: string, options?: Pick<RequestOptions, 'query' | 'signal'>): Promise<boolean>;
}

const loadProblemSchema = () => import('@sw/contracts/problem').then((module) => module.problemSchema);

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/$/, '')}/${path.replace(/^\//, '')}${search ? `?${search}` : ''}`;
}

async function problemFrom(response: Response, loadSchema: () => Promise<typeof problemSchema>): Promise<ApiError> {
  const fallback = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: `http.${response.status}`,
  };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes('application/json')) {
    const body: unknown = await response.json().catch(() => undefined);
    // A schema that cannot be downloaded (offline after the error) leaves the status-based problem.
    const parsed = (await loadSchema().catch(() => undefined))?.safeParse(body);
    if (parsed?.success) return new ApiError(parsed.data, response);
  }
  return new ApiError(fallback, response);
}

/** A typed fetch client: every answer is checked against its zod schema; errors are typed. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));

  async function send(
    method: string,
    path: string,
    { query, body, signal, idempotencyKey }: RequestOptions = {},
  ): Promise<Response> {
    const headers = new Headers({ Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` });
    const token = await options.getToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const locale = options.getLocale?.();
    if (locale) headers.set('Accept-Language', locale);
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await doFetch(buildUrl(options.baseUrl, path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new NetworkError(cause);
    }
    return response;
  }

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    requestOptions?: RequestOptions,
  ): Promise<z.infer<S>> {
    const response = await send(method, path, requestOptions);
    if (!response.ok) throw await problemFrom(response, options.loadProblemSchema ?? loadProblemSchema);
    const json: unknown = response.status === 204 ? undefined : await response.json();
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ContractError(
        path,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    }
    return parsed.data;
  }

  return {
    get: (path, schema, o) => request('GET', path, schema, o),
    post: (path, schema, o) => request('POST', path, schema, o),
    put: (path, schema, o) => request('PUT', path, schema, o),
    patch: (path, schema, o) => request('PATCH', path, schema, o),
    delete: (path, schema, o) => request('DELETE', path, schema, o),
    async answers(path, o) {
      const response = await send('GET', path, o);
      await response.body?.cancel();
      return response.ok;
    },
  };
}
