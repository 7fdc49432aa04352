/**
 * Files picked but not yet uploaded (offline, or the upload is still retrying), kept in IndexedDB so
 * a reload or a crash does not lose them; in memory too, and only there where IndexedDB is missing
 * or refused (private windows, tests).
 */
export interface PendingFileStore {
  put(id: string, file: Blob): Promise<void>;
  get(id: string): Promise<Blob | undefined>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'sw-hotline';
const STORE = 'pending-files';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

export function createPendingFileStore(factory: IDBFactory | undefined = globalThis.indexedDB): PendingFileStore {
  const memory = new Map<string, Blob>();
  let database: Promise<IDBDatabase | undefined> | undefined;
  const db = () => (database ??= factory ? openDatabase(factory).catch(() => undefined) : Promise.resolve(undefined));
  /** Runs one IndexedDB operation; storage trouble only costs persistence, never the form. */
  const withStore = async <T>(
    mode: IDBTransactionMode,
    run: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T | undefined> => {
    try {
      const handle = await db();
      if (!handle) return undefined;
      return await request(run(handle.transaction(STORE, mode).objectStore(STORE)));
    } catch {
      return undefined;
    }
  };
  return {
    async put(id, file) {
      memory.set(id, file);
      await withStore('readwrite', (store) => store.put(file, id));
    },
    async get(id) {
      return memory.get(id) ?? ((await withStore('readonly', (store) => store.get(id))) as Blob | undefined);
    },
    async delete(id) {
      memory.delete(id);
      await withStore('readwrite', (store) => store.delete(id));
    },
    async clear() {
      memory.clear();
      await withStore('readwrite', (store) => store.clear());
    },
  };
}
