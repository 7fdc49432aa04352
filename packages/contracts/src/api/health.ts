import { z } from 'zod';

/** `GET /api/health`: the API is up and its database answers. */
export const healthResponseSchema = z
  .object({
    status: z.literal('ok'),
    mode: z.enum(['development', 'production']),
    database: z.enum(['sqlite', 'postgres']),
    /** Applied schema migrations, the newest last. */
    migrations: z.array(z.string()),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
