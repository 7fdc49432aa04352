import { z } from 'zod';

/** What `release validate` checks; each issue names the rule it broke. */
export const RELEASE_RULES = [
  'schema',
  'entry',
  'integrity',
  'lifecycles',
  'shared',
  'contract',
  'routes',
  'canary',
] as const;
export const releaseRuleSchema = z.enum(RELEASE_RULES);
export type ReleaseRule = z.infer<typeof releaseRuleSchema>;

export const releaseIssueSchema = z
  .object({
    /** Errors refuse the release; warnings are shown and let it through. */
    severity: z.enum(['error', 'warning']),
    rule: releaseRuleSchema,
    /** The module concerned, when one is. */
    module: z.string().optional(),
    /** The shared dependency concerned (rule `shared`). */
    dependency: z.string().optional(),
    message: z.string(),
  })
  .meta({ id: 'ReleaseIssue' });
export type ReleaseIssue = z.infer<typeof releaseIssueSchema>;

export const releaseValidationSchema = z
  .object({
    releaseId: z.string(),
    /** No errors (warnings allowed). */
    ok: z.boolean(),
    issues: z.array(releaseIssueSchema),
  })
  .meta({ id: 'ReleaseValidation' });
export type ReleaseValidation = z.infer<typeof releaseValidationSchema>;
