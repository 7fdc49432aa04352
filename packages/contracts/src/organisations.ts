import { z } from 'zod';
import { localizedTextSchema } from './locale.ts';

export const ORGANISATION_KINDS = ['terminal', 'port-operator', 'agency', 'forwarder', 'government'] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** A body that levies a charge in the catalogue (terminal operator, agency, authority...). */
export const organisationSchema = z
  .object({
    id: z.string().min(1),
    name: localizedTextSchema,
    kind: organisationKindSchema,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;
