import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { feeOpenData, feeOpenDataSchema, feesToCsv } from '@sw/contracts';
import type { AppEnv, ServiceHolder } from '../context.ts';
import { ensureSwept } from '../fees/lifecycle.ts';
import { COMMON_PROBLEMS, problemResponses } from './common.ts';

const CACHE = 'public, max-age=300';

const openDataJson = createRoute({
  method: 'get',
  path: '/api/open-data/fees.json',
  tags: ['Open data'],
  summary: 'The published port charge catalogue (JSON)',
  description:
    'Every charge in effect or under publicity, in full, in three languages. Free to reuse with attribution.',
  responses: {
    200: { description: 'The catalogue', content: { 'application/json': { schema: feeOpenDataSchema } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

const openDataCsv = createRoute({
  method: 'get',
  path: '/api/open-data/fees.csv',
  tags: ['Open data'],
  summary: 'The published port charge catalogue (CSV)',
  description:
    'The same items as the JSON, one row each (UTF-8 with BOM, RFC 4180). The columns after `charging_body_en` are ' +
    'those of the operators’ import file, so a list can be exported, edited and imported again.',
  responses: {
    200: { description: 'The catalogue', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

export function registerFeeOpenDataRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(openDataJson, async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    c.header('Cache-Control', CACHE);
    return c.json(feeOpenData(services.catalogue.items(), services.catalogue.asOf), 200);
  });
  app.openapi(openDataCsv, async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    return c.body(feesToCsv(services.catalogue.items()), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="shenzhen-port-charges.csv"',
      'Cache-Control': CACHE,
    });
  });
}
