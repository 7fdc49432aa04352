/** Answers are compressed for clients that accept it: traders on slow links wait for every byte. */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '@sw/contracts';
import { startApi, type TestApi } from './helpers.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

describe('compression', () => {
  it('gzips a large JSON answer for a client that accepts gzip, with the same content', async () => {
    const plain = await t.request('/api/usage/figures');
    const gzipped = await t.request('/api/usage/figures', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });

    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gzipped.headers.get('cache-control')).toBe('no-store');
    const compressed = Buffer.from(await gzipped.arrayBuffer());
    const text = await plain.text();
    expect(JSON.parse(gunzipSync(compressed).toString('utf8'))).toEqual(JSON.parse(text));
    expect(compressed.byteLength).toBeLessThan(text.length / 4);
  });

  it('answers uncompressed to a client that does not ask for it', async () => {
    const response = await t.request('/api/usage/figures');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await response.json()) as unknown).toHaveProperty('items');
  });

  it('keeps an error answer problem+json when it compresses it', async () => {
    const response = await t.request('/api/fees/no-such-fee', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    const body = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(JSON.parse(body)).toMatchObject({ status: 404, code: 'fee.not_found' });
  });
});
