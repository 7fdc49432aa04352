import { expect } from 'vitest';
import { PROBLEM_CONTENT_TYPE, problemSchema, type ApiErrorCode, type Problem } from '@sw/contracts';
import { createPortalApi, type PortalApi, type PortalApiOptions } from '../src/index.ts';

export const ORIGIN = 'http://portal.test';

export interface TestApi {
  api: PortalApi;
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  /** A development token for a seeded demo user. */
  token(user: string): Promise<string>;
  close(): Promise<void>;
}

/** A development-mode API on a fresh in-memory database with the demo seed (unless told otherwise). */
export async function startApi(options: PortalApiOptions = {}): Promise<TestApi> {
  const api = createPortalApi({ databaseUrl: ':memory:', mode: 'development', log: () => {}, ...options });
  await api.ready;
  const tokens = new Map<string, string>();
  const request: TestApi['request'] = (path, init = {}) => {
    const { token, json, headers, ...rest } = init;
    const merged = new Headers(headers);
    if (token) merged.set('authorization', `Bearer ${token}`);
    if (json !== undefined) merged.set('content-type', 'application/json');
    return api.fetch(
      new Request(ORIGIN + path, {
        ...rest,
        headers: merged,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    );
  };
  return {
    api,
    request,
    async token(user) {
      const known = tokens.get(user);
      if (known) return known;
      const response = await request('/api/dev/login', { method: 'POST', json: { user } });
      expect(response.status).toBe(200);
      const { token } = (await response.json()) as { token: string };
      tokens.set(user, token);
      return token;
    },
    close: () => api.close(),
  };
}

export async function expectProblem(response: Response, status: number, code: ApiErrorCode): Promise<Problem> {
  const body = await response.text();
  expect({ status: response.status, body }).toMatchObject({ status });
  expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const problem = problemSchema.parse(JSON.parse(body));
  expect(problem).toMatchObject({ status, code, type: 'about:blank' });
  expect(problem.title).not.toBe('');
  return problem;
}

/** A valid fee creation body; `chargingBodyId` is left to the caller. */
export function newFee(code: string, extra: Record<string, unknown> = {}) {
  return {
    code,
    name: { 'zh-CN': '冷藏箱预冷服务费', 'zh-HK': '冷藏箱預冷服務費', en: 'Reefer pre-cooling service' },
    category: 'terminal-handling',
    service: {
      'zh-CN': '按货主要求在装箱前对冷藏箱预冷',
      'zh-HK': '按貨主要求在裝箱前對冷藏箱預冷',
      en: 'Pre-cooling a reefer container before stuffing, at the cargo owner’s request',
    },
    standard: { kind: 'fixed', amount: 180, currency: 'CNY' },
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: { title: { 'zh-CN': '《价格法》', 'zh-HK': '《價格法》', en: 'Price Law of the PRC' } },
    payment: { 'zh-CN': '提箱前结清', 'zh-HK': '提箱前結清', en: 'Paid before pick-up' },
    ports: ['yantian'],
    effectiveFrom: '2027-01-01',
    ...extra,
  };
}

export const OBJECTION = {
  reason: 'This charge duplicates the terminal handling charge already paid for the same move.',
  name: 'Li Wei',
  contact: { email: 'li.wei@example.com' },
};
