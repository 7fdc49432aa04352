/** What the console found when it fetched a module version's entry files from this browser. */
export interface ModuleHealth {
  /** The entry and the remote entry both answered. */
  reachable: boolean;
  /** Time to fetch both, uncached (what a first visit costs at least). */
  loadMs?: number;
  /** The HTTP status of the first file that failed. */
  status?: number;
  /** The files listed with integrity hashes still match them. */
  integrity: 'intact' | 'changed' | 'unchecked';
  /** What went wrong, for the details (technical). */
  problem?: string;
}

export interface ProbeTarget {
  entry: string;
  integrity?: Record<string, string> | undefined;
}

const ALGORITHMS: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

async function sri(bytes: ArrayBuffer, like: string): Promise<string> {
  const algorithm = like.split('-')[0]!;
  const digest = await crypto.subtle.digest(ALGORITHMS[algorithm] ?? 'SHA-384', bytes);
  return `${algorithm}-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/**
 * Fetches a module version's entry (mf-manifest.json) and the remote entry it names, bypassing the
 * cache, times it, and checks the files the release lists with SRI hashes.
 */
export async function probeModule(
  target: ProbeTarget,
  fetchImpl: typeof fetch = fetch,
  now: () => number = () => performance.now(),
): Promise<ModuleHealth> {
  const started = now();
  const bodies = new Map<string, ArrayBuffer>();
  const load = async (url: string) => {
    const response = await fetchImpl(url, { cache: 'no-store' });
    if (!response.ok)
      throw Object.assign(new Error(`${url} answered HTTP ${response.status}`), { status: response.status });
    const body = await response.arrayBuffer();
    bodies.set(url, body);
    return body;
  };
  try {
    const manifest = JSON.parse(new TextDecoder().decode(await load(target.entry))) as {
      metaData?: { remoteEntry?: { name?: string; path?: string } };
    };
    const remote = manifest.metaData?.remoteEntry;
    if (!remote?.name) throw new Error(`${target.entry} names no remote entry`);
    await load(new URL(`${remote.path ? `${remote.path.replace(/\/$/, '')}/` : ''}${remote.name}`, target.entry).href);
  } catch (error) {
    return {
      reachable: false,
      integrity: 'unchecked',
      problem: error instanceof Error ? error.message : String(error),
      ...((error as { status?: number }).status ? { status: (error as { status: number }).status } : {}),
    };
  }
  const loadMs = Math.round(now() - started);
  const listed = Object.entries(target.integrity ?? {});
  if (listed.length === 0 || !globalThis.crypto?.subtle) return { reachable: true, loadMs, integrity: 'unchecked' };
  for (const [file, expected] of listed) {
    const url = new URL(file, target.entry).href;
    const body = bodies.get(url) ?? (await load(url).catch(() => undefined));
    if (!body || (await sri(body, expected)) !== expected) {
      return { reachable: true, loadMs, integrity: 'changed', problem: `${file} does not match its integrity hash` };
    }
  }
  return { reachable: true, loadMs, integrity: 'intact' };
}
