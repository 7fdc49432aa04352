// Before any schema is built.
import './zodConfig.ts';
import * as z from 'zod';
import { defineReleaseSchemas, readReleaseManifest } from './releaseSchemas.ts';

// The release schemas as classic zod objects: what the release tools, the server and its OpenAPI
// document (which reads classic zod's metadata) use. The shell loads `releaseMini.ts` instead.
export const {
  moduleNameSchema,
  releaseAppSchema,
  sriSchema,
  integrityMapSchema,
  releaseCanarySchema,
  releaseModuleSchema,
  releaseTestingSchema,
  releaseManifestSchema,
} = defineReleaseSchemas({
  // Function by function, not the namespace: a namespace passed as a value keeps every export of zod
  // (all its ~60 locales among them) in every module that imports @sw/contracts.
  string: z.string,
  number: z.number,
  boolean: z.boolean,
  literal: z.literal,
  enum: z.enum,
  object: z.object,
  array: z.array,
  record: z.record,
  optional: z.optional,
  _default: z._default,
  regex: z.regex,
  startsWith: z.startsWith,
  minLength: z.minLength,
  gte: z.gte,
  lte: z.lte,
  refine: z.refine,
  superRefine: z.superRefine,
  iso: { datetime: z.iso.datetime },
});

/** Parses unknown JSON into a release manifest, or returns readable issues (one per line). */
export const parseReleaseManifest = (input: unknown) => readReleaseManifest(releaseManifestSchema, input);

export {
  SLOTS,
  HOST_CONTRACT_VERSION,
  hostContractSupports,
  RELEASE_SCHEMA_VERSION,
  type ReleaseApp,
  type IntegrityMap,
  type ReleaseCanary,
  type ReleaseModule,
  type ReleaseTesting,
  type ReleaseManifest,
  type ReleaseManifestInput,
} from './releaseSchemas.ts';
