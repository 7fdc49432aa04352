// First, before the schema is built: `@sw/contracts/problem` is an entry of its own (see zodConfig.ts).
import './zodConfig.ts';
import { z } from 'zod';

export { PROBLEM_CONTENT_TYPE } from './mediaTypes.ts';

/** RFC 9457 problem details with the suite's stable `code` and per-field messages. */
export const problemSchema = z
  .object({
    type: z.string().default('about:blank'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
