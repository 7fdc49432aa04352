import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, ContractError, NetworkError, createApiClient, isRetryable } from './index.ts';

const itemSchema = z.object({ id: z.string() });

function jsonResponse(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

describe('createApiClient', () => {
  it('builds the URL with list and scalar query values, skipping empty ones', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ id: 'a' }));
    const client = createApiClient({ baseUrl: '/api/', fetch });
    await client.get('/fees', itemSchema, {
      query: { q: '引航', port: ['yantian', 'shekou'], status: [], x: undefined },
    });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/fees?q=%E5%BC%95%E8%88%AA&port=yantian%2Cshekou');
  });

  it('sends the bearer token, the language and the idempotency key', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ id: 'a' }));
    const client = createApiClient({ baseUrl: '/api', fetch, getToken: async () => 't0k', getLocale: () => 'zh-HK' });
    await client.post('/complaints', itemSchema, { body: { a: 1 }, idempotencyKey: 'k-1' });
    const headers = fetch.mock.calls[0]?.[1]?.headers as Headers;
    expect(headers.get('authorization')).toBe('Bearer t0k');
    expect(headers.get('accept-language')).toBe('zh-HK');
    expect(headers.get('idempotency-key')).toBe('k-1');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('turns a problem+json answer into an ApiError with its code and field errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      code: 'validation.failed',
      errors: [{ path: 'contact.phone', message: 'not a phone number' }],
    };
    const client = createApiClient({
      baseUrl: '/api',
      fetch: async () => jsonResponse(problem, 400, 'application/problem+json'),
    });
    const error = await client.get('/x', itemSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation.failed');
    expect((error as ApiError).fieldErrors()).toEqual({ 'contact.phone': 'not a phone number' });
    expect(isRetryable(error)).toBe(false);
  });

  it('synthesises a problem from a bare 503 and marks it retryable', async () => {
    const client = createApiClient({ baseUrl: '/api', fetch: async () => new Response('down', { status: 503 }) });
    const error = (await client.get('/x', itemSchema).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(503);
    expect(error.code).toBe('http.503');
    expect(isRetryable(error)).toBe(true);
  });

  it('reports a network failure as a retryable NetworkError', async () => {
    const client = createApiClient({
      baseUrl: '/api',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await client.get('/x', itemSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
  });

  it('rejects a 2xx body that breaks the contract', async () => {
    const client = createApiClient({ baseUrl: '/api', fetch: async () => jsonResponse({ id: 42 }) });
    const error = await client.get('/x', itemSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toContain('id');
  });
});

describe('the problem schema, loaded with the first error answer', () => {
  it('is not loaded for successful answers', async () => {
    const loadProblemSchema = vi.fn(() => import('@sw/contracts/problem').then((m) => m.problemSchema));
    const client = createApiClient({
      baseUrl: '/api',
      fetch: async () => jsonResponse({ id: 'a' }),
      loadProblemSchema,
    });
    await expect(client.get('/x', itemSchema)).resolves.toEqual({ id: 'a' });
    expect(loadProblemSchema).not.toHaveBeenCalled();
  });

  it('leaves the problem the status tells when the schema cannot be downloaded', async () => {
    const client = createApiClient({
      baseUrl: '/api',
      fetch: async () =>
        jsonResponse({ title: 'Not found', status: 404, code: 'fee.not_found' }, 404, 'application/problem+json'),
      loadProblemSchema: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    const error = (await client.get('/x', itemSchema).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.code).toBe('http.404');
  });
});

describe('answers', () => {
  it('tells whether a GET succeeds, without checking its body', async () => {
    const fetch = vi.fn(async (url: RequestInfo | URL, _init?: RequestInit) =>
      String(url).endsWith('/dev/users')
        ? jsonResponse([{ anything: true }])
        : jsonResponse({ code: 'route.not_found' }, 404, 'application/problem+json'),
    );
    const client = createApiClient({ baseUrl: '/api', fetch, getToken: async () => 't0k' });
    await expect(client.answers('/dev/users')).resolves.toBe(true);
    await expect(client.answers('/dev/nothing')).resolves.toBe(false);
    expect((fetch.mock.calls[0]?.[1]?.headers as Headers).get('authorization')).toBe('Bearer t0k');
  });

  it('reports a network failure as a NetworkError', async () => {
    const client = createApiClient({
      baseUrl: '/api',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(client.answers('/dev/users')).rejects.toBeInstanceOf(NetworkError);
  });
});
