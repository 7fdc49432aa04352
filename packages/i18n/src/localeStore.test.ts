import { describe, expect, it, vi } from 'vitest';
import { LOCALE_STORAGE_KEY, createLocaleStore } from './localeStore.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('createLocaleStore', () => {
  it('persists a ?lang= choice so the next visit keeps it', () => {
    const storage = memoryStorage();
    createLocaleStore({ storage, location: { search: '?lang=en' } });
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('en');
    expect(createLocaleStore({ storage, location: { search: '' } }).get()).toBe('en');
  });

  it('notifies subscribers once per real change and persists it', () => {
    const storage = memoryStorage();
    const store = createLocaleStore({ storage });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('zh-HK');
    store.set('zh-HK');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('zh-HK');
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('zh-HK');
    unsubscribe();
    store.set('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps working when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const store = createLocaleStore({ storage, preferred: ['en'] });
    expect(store.get()).toBe('en');
    store.set('zh-HK');
    expect(store.get()).toBe('zh-HK');
  });
});
