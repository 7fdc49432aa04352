declare module 'virtual:sw-monolith-release' {
  import type { ReleaseManifest } from '@sw/contracts';
  export const manifest: ReleaseManifest;
  export const loaders: Record<string, () => Promise<unknown>>;
}
