// The host contract without the release schemas: the portal's first scripts carry no zod.
import { hostContractSupports, HOST_CONTRACT_VERSION, type ReleaseModule } from '@sw/contracts/release-schemas';

/** A module's file does not match the hash its release lists: never run it. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
}

/** The module was built against a host contract this shell does not provide. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
}

const toBase64 = (buffer: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));

const ALGORITHMS = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const;

async function digest(bytes: ArrayBuffer, sri: string): Promise<string> {
  const [algorithm] = sri.split('-') as [keyof typeof ALGORITHMS];
  return `${algorithm}-${toBase64(await crypto.subtle.digest(ALGORITHMS[algorithm], bytes))}`;
}

/** A module's check, made once for all its loads (see checkOncePerModule). */
export interface ModuleCheck {
  (module: ReleaseModule): Promise<void>;
  /** The next load checks the module again (Retry). */
  forget(module: ReleaseModule): void;
}

/**
 * `verify` made at most once per module: every load of a module (its header and footer, the runtime's
 * loader and the lazy one before it) awaits the same check. A failed check is made again by the next
 * load, and so is a forgotten one.
 */
export function checkOncePerModule(verify: (module: ReleaseModule) => Promise<void> = verifyModule): ModuleCheck {
  const checks = new Map<string, Promise<void>>();
  const check = (module: ReleaseModule) => {
    let pending = checks.get(module.name);
    if (!pending) {
      pending = verify(module);
      checks.set(module.name, pending);
      pending.catch(() => checks.delete(module.name));
    }
    return pending;
  };
  return Object.assign(check, { forget: (module: ReleaseModule) => void checks.delete(module.name) });
}

/**
 * Checks every file the release lists with an SRI hash (the entry, the remote entry) before the
 * module runs. Files of a version are served as immutable, so the runtime then loads the very bytes
 * checked here from the HTTP cache. Outside a secure context (no Web Crypto) the browser's own
 * `fetch(…, { integrity })` check is used.
 */
export async function verifyModule(module: ReleaseModule, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (module.contract && !hostContractSupports(module.contract)) {
    throw new ContractError(
      `${module.name} ${module.version} was built against host contract ${module.contract}; this portal provides ${HOST_CONTRACT_VERSION}`,
    );
  }
  await Promise.all(
    Object.entries(module.integrity ?? {}).map(async ([file, expected]) => {
      const url = new URL(file, module.entry).href;
      if (!globalThis.crypto?.subtle) {
        await fetchImpl(url, { integrity: expected }).catch((error: unknown) => {
          throw new IntegrityError(
            `${module.name} ${module.version}: ${file} failed its integrity check (${String(error)})`,
          );
        });
        return;
      }
      const response = await fetchImpl(url);
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      const actual = await digest(await response.arrayBuffer(), expected);
      if (actual !== expected) {
        throw new IntegrityError(
          `${module.name} ${module.version}: ${file} does not match the release's integrity hash; it was refused (expected ${expected}, got ${actual})`,
        );
      }
    }),
  );
}
