import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';

/** The browser's canary cookie: a random id, so one browser always gets the same variant. */
export const CANARY_COOKIE = 'sw_uid';

/**
 * Which of 10,000 buckets a user falls in for a module: FNV-1a of `subject:module`. Deterministic,
 * so the same user keeps the same variant on every page load; per module, so one canary's users
 * are not always the next canary's.
 */
export function canaryBucket(subject: string, module: string): number {
  let hash = 0x811c9dc5;
  for (const char of new TextEncoder().encode(`${subject}:${module}`)) {
    hash ^= char;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 10_000;
}

/** The module as this user gets it: the canary version when their bucket is within its share. */
export function chooseVariant(module: ReleaseModule, subject: string): ReleaseModule {
  const { canary, ...released } = module;
  if (!canary || canaryBucket(subject, module.name) >= canary.percent * 100) return released;
  return {
    ...released,
    version: canary.version,
    entry: canary.entry,
    integrity: canary.integrity,
    contract: canary.contract,
  };
}

export function chooseVariants(manifest: ReleaseManifest, subject: string): ReleaseManifest {
  return { ...manifest, modules: manifest.modules.map((m) => chooseVariant(m, subject)) };
}

/** The signed-in user's id, else this browser's canary cookie (set once, for a year). */
export function canarySubject(userId: string | undefined, doc: Document = document): string {
  if (userId) return `user:${userId}`;
  const existing = doc.cookie
    .split(/;\s*/)
    .find((c) => c.startsWith(`${CANARY_COOKIE}=`))
    ?.slice(CANARY_COOKIE.length + 1);
  if (existing) return `browser:${existing}`;
  const id = crypto.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  doc.cookie = `${CANARY_COOKIE}=${id}; path=/; max-age=31536000; SameSite=Lax`;
  return `browser:${id}`;
}
