// Before any schema is built.
import './zodConfig.ts';
import { z } from 'zod';
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
} = defineReleaseSchemas(z);

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
