import type { AuthSource, Principal, Session } from '@sw/contracts';

export const SESSION_STORAGE_KEY = 'sw.session';

interface AuthStoreOptions {
  /** Where the session survives a reload; sessionStorage ends it with the browser tab. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now?: () => number;
}

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null;
  return typeof v?.token === 'string' && typeof v.expiresAt === 'string' && typeof v.user?.role === 'string';
}

/** The page's session: one source of truth for every module; an expired token is dropped, never sent. */
export function createAuthStore({ storage, now = Date.now }: AuthStoreOptions = {}): AuthSource {
  const listeners = new Set<(user: Principal | undefined) => void>();
  let session: Session | undefined;
  try {
    const stored: unknown = JSON.parse(storage?.getItem(SESSION_STORAGE_KEY) ?? 'null');
    if (isSession(stored)) session = stored;
  } catch {
    session = undefined; // unreadable or blocked storage: start anonymous
  }
  const current = () => {
    if (session && Date.parse(session.expiresAt) <= now()) {
      session = undefined;
      storage?.removeItem(SESSION_STORAGE_KEY);
    }
    return session;
  };
  const announce = () => {
    for (const listener of [...listeners]) listener(session?.user);
  };
  return {
    getToken: async () => current()?.token,
    user: () => current()?.user,
    signIn(next) {
      session = next;
      try {
        storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not persisting only means signing in again after a reload.
      }
      announce();
    },
    signOut() {
      if (!session) return;
      session = undefined;
      storage?.removeItem(SESSION_STORAGE_KEY);
      announce();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
