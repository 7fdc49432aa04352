/**
 * The release console's reads in the contract suite: the reference server (over a release store
 * holding the mocks' demo history) and the msw mocks answer the same requests identically.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  problemSchema,
  releaseDetailSchema,
  releaseDiffSchema,
  releaseHistoryResponseSchema,
  releaseOverviewSchema,
} from '@sw/contracts';
import { mockToken } from '@sw/mocks';
import { DEMO_RELEASES, DEMO_RELEASE_CHANNELS, DEMO_RELEASE_HISTORY } from '@sw/mocks/data';
import { ReleaseService } from '@sw/release/node';
import { seedReleaseStore } from '@sw/release/testing';
import { createPortalApi } from '../../src/index.ts';
import { mocksTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';

const CASES: Array<{ name: string; path: string; status: number; schema: z.ZodType }> = [
  { name: 'overview', path: '/api/releases', status: 200, schema: releaseOverviewSchema },
  { name: 'history', path: '/api/releases/history', status: 200, schema: releaseHistoryResponseSchema },
  {
    name: 'production history',
    path: '/api/releases/history?channel=production&limit=1',
    status: 200,
    schema: releaseHistoryResponseSchema,
  },
  { name: 'one release', path: '/api/releases/2026.11.27-1', status: 200, schema: releaseDetailSchema },
  {
    name: 'diff of channels',
    path: '/api/releases/diff?from=production&to=staging',
    status: 200,
    schema: releaseDiffSchema,
  },
  {
    name: 'diff of ids',
    path: '/api/releases/diff?from=2026.11.20-1&to=2026.11.27-1',
    status: 200,
    schema: releaseDiffSchema,
  },
  { name: 'unknown release', path: '/api/releases/1999.01.01-1', status: 404, schema: problemSchema },
];

const targets: Array<Target & { token: string }> = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-contract-releases-'));
  seedReleaseStore(dataDir, {
    releases: DEMO_RELEASES,
    channels: DEMO_RELEASE_CHANNELS,
    history: DEMO_RELEASE_HISTORY,
  });
  const api = createPortalApi({
    databaseUrl: ':memory:',
    mode: 'development',
    log: () => {},
    releases: new ReleaseService({ dataDir }),
  });
  await api.ready;
  const login = await api.fetch(
    new Request(`${ORIGIN}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'admin' }),
    }),
  );
  const { token } = (await login.json()) as { token: string };
  targets.push({ name: 'server', fetch: (r) => api.fetch(r), close: () => api.close(), token });
  const admin = { id: 'admin', role: 'admin' as const, name: 'Single Window team (demo admin)' };
  targets.push({ ...mocksTarget(), token: mockToken(admin, new Date(Date.now() + 3600_000)) });
});
afterAll(() => Promise.all(targets.map((t) => t.close())));

describe('release reads, server and mocks alike', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.path}`, async () => {
      const bodies = await Promise.all(
        targets.map(async (target) => {
          const response = await target.fetch(
            new Request(`${ORIGIN}${c.path}`, { headers: { authorization: `Bearer ${target.token}` } }),
          );
          expect({ target: target.name, status: response.status }).toEqual({ target: target.name, status: c.status });
          const body = c.schema.parse(await response.json()) as Record<string, unknown>;
          // Problem details differ in wording; their code does not.
          return c.status >= 400 ? { code: body.code } : body;
        }),
      );
      expect(bodies[1]).toEqual(bodies[0]);
    });
  }
});
