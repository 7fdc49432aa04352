import { describe, expect, it, vi } from 'vitest';
import type { Session } from '@sw/contracts';
import { SESSION_STORAGE_KEY, createAuthStore } from './authStore.ts';

const session: Session = {
  token: 'header.payload.signature',
  expiresAt: '2026-11-27T12:00:00Z',
  user: { id: 'operator-yict', role: 'operator', name: 'YICT operator', organisationId: 'yict' },
};

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('createAuthStore', () => {
  it('is anonymous until signed in, then gives the token and user and keeps them across a reload', async () => {
    const storage = memoryStorage();
    const now = () => Date.parse('2026-11-27T10:00:00Z');
    const auth = createAuthStore({ storage, now });
    expect(await auth.getToken()).toBeUndefined();
    const listener = vi.fn();
    auth.subscribe(listener);
    auth.signIn(session);
    expect(listener).toHaveBeenCalledWith(session.user);
    expect(await auth.getToken()).toBe(session.token);
    const reloaded = createAuthStore({ storage, now });
    expect(reloaded.user()).toEqual(session.user);
  });

  it('drops an expired session instead of sending a token the API will refuse', async () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    const auth = createAuthStore({ storage, now: () => Date.parse('2026-11-27T12:00:01Z') });
    expect(await auth.getToken()).toBeUndefined();
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('signs out, tells subscribers, and ignores garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{not json');
    const auth = createAuthStore({ storage, now: () => 0 });
    expect(auth.user()).toBeUndefined();
    auth.signIn(session);
    const listener = vi.fn();
    auth.subscribe(listener);
    auth.signOut();
    expect(listener).toHaveBeenCalledWith(undefined);
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
  });
});
