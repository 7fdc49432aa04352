import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi();
});
afterAll(() => t.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route the server answers', async () => {
    const response = await t.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const served = new Set(
      t.api.app.routes
        .filter((route) => route.method !== 'ALL' && !['/api/openapi.json', '/api/docs'].includes(route.path))
        .map((route) => `${route.method} ${route.path}`),
    );
    expect([...documented].sort()).toEqual([...served].sort());
    expect(served.size).toBeGreaterThanOrEqual(13);
  });

  it('names the contract schemas as components and documents problems and auth', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    for (const name of [
      'FeeItem',
      'FeeListResponse',
      'LocalizedText',
      'Problem',
      'Objection',
      'AuditEntry',
      'Organisation',
    ]) {
      expect(Object.keys(doc.components.schemas)).toContain(name);
    }
    const list = doc.paths['/api/fees'].get;
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/FeeListResponse',
    });
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'port', 'category', 'status', 'sort', 'limit']),
    );
    const create = doc.paths['/api/fees'].post;
    expect(create.security).toEqual([{ bearer: [] }]);
    expect(create.responses['409'].description).toContain('fee.code_taken');
    expect(create.responses['401'].content['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/Problem',
    );
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});

describe('GET /api/docs', () => {
  it('is a self-contained HTML reference (no scripts, nothing loaded from elsewhere)', async () => {
    const response = await t.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
    for (const path of ['/api/fees', '/api/fees/{id}/objections', '/api/audit', '/api/dev/login'])
      expect(html).toContain(path);
    expect(html).toContain('id="schema-FeeItem"');
  });
});
