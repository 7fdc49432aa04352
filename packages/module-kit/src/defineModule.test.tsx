import { useQuery } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { ModuleProps } from '@sw/contracts';
import { defineModule } from './defineModule.tsx';
import { lazyApp } from './lazyApp.ts';
import type { PrefetchPage } from './pagePrefetch.ts';
import { createTestHost } from './testing/testHost.ts';
import { useLocale } from './react/useLocale.ts';

const resources = {
  'zh-CN': { title: '示例', greeting: '你好' },
  'zh-HK': { title: '示例', greeting: '你好（繁）' },
  en: { title: 'Example', greeting: 'Hello' },
};

function Greeting() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p>
      {t('greeting')} · {locale}
    </p>
  );
}

function Exploding(): never {
  throw new Error('kaboom');
}

// single-spa-react resolves mount only after React has rendered, so lifecycles run outside act()
// (inside it, React would hold the render until the scope ends and mount would never resolve).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

async function runLifecycle(fn: unknown, props: ModuleProps) {
  const list = Array.isArray(fn) ? fn : [fn];
  for (const step of list) await (step as (p: unknown) => Promise<void>)({ ...props, name: 'example' });
}

function setup(App: ComponentType = Greeting, prefetch?: PrefetchPage) {
  const lifecycles = defineModule({ name: 'example', resources, App, ...(prefetch && { prefetch }) });
  const host = createTestHost('zh-CN');
  const domElement = document.createElement('div');
  document.body.append(domElement);
  return { lifecycles, host, domElement, props: { host, domElement } };
}

describe('defineModule', () => {
  it('mounts the module into the given element in the host language and unmounts it cleanly', async () => {
    const { lifecycles, domElement, props } = setup();
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    await waitFor(() => expect(domElement.textContent).toContain('你好 · zh-CN'));
    expect(domElement.querySelector('[data-module="example"]')?.getAttribute('lang')).toBe('zh-CN');
    await runLifecycle(lifecycles.unmount, props);
    expect(domElement.textContent).toBe('');
  });

  it('follows a language switch of the host without remounting', async () => {
    const { lifecycles, host, domElement, props } = setup();
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    const root = domElement.querySelector('[data-module="example"]');
    host.locale.set('en');
    await waitFor(() => expect(domElement.textContent).toContain('Hello · en'));
    // Same DOM node: re-rendered, not remounted.
    expect(domElement.querySelector('[data-module="example"]')).toBe(root);
    expect(root?.getAttribute('lang')).toBe('en');
    host.locale.set('zh-HK');
    await waitFor(() => expect(domElement.textContent).toContain('你好（繁） · zh-HK'));
    await runLifecycle(lifecycles.unmount, props);
  });

  it('accepts new props through update', async () => {
    const { lifecycles, domElement, props } = setup();
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    const otherHost = createTestHost('en');
    await runLifecycle(lifecycles.update, { host: otherHost, domElement });
    await waitFor(() => expect(domElement.textContent).toContain('Hello · en'));
    await runLifecycle(lifecycles.unmount, props);
  });

  it('contains a render crash in an error panel with Retry and reports it to the host', async () => {
    const { lifecycles, host, domElement, props } = setup(Exploding);
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    await waitFor(() =>
      expect(domElement.querySelector('[role="alert"]')?.textContent).toContain('“示例”暂时无法加载'),
    );
    expect(domElement.textContent).toContain('重试');
    expect(host.errors).toHaveLength(1);
    await runLifecycle(lifecycles.unmount, props);
  });

  it('refuses to mount without an element to render into', async () => {
    const { lifecycles, host } = setup();
    await runLifecycle(lifecycles.bootstrap, { host });
    await expect(runLifecycle(lifecycles.mount, { host })).rejects.toThrow(/without a domElement/);
  });

  it('loads a lazy App while mounting, so the first render shows the page and not the loading fallback', async () => {
    const { lifecycles, domElement, props } = setup(lazyApp(async () => ({ default: Greeting })));
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    // No waitFor: mount resolves once React has rendered, and that render already had the page.
    expect(domElement.textContent).toContain('你好 · zh-CN');
    expect(domElement.querySelector('[aria-label="正在加载…"]')).toBeNull();
    await runLifecycle(lifecycles.unmount, props);
  });

  it('rejects the mount when the lazy App fails to load, and loads it again on the next mount', async () => {
    const load = vi
      .fn<() => Promise<{ default: ComponentType }>>()
      .mockRejectedValueOnce(new Error('chunk unreachable'))
      .mockResolvedValue({ default: Greeting });
    const { lifecycles, domElement, props } = setup(lazyApp(load));
    await runLifecycle(lifecycles.bootstrap, props);
    // The host shows its error panel, whose Retry mounts again.
    await expect(runLifecycle(lifecycles.mount, props)).rejects.toThrow('chunk unreachable');
    await runLifecycle(lifecycles.mount, props);
    expect(domElement.textContent).toContain('你好 · zh-CN');
    expect(load).toHaveBeenCalledTimes(2);
    await runLifecycle(lifecycles.unmount, props);
  });

  it('starts the page’s queries at mount, on the query client the page then reads them from', async () => {
    const pageFetch = vi.fn(async () => 'from the page');
    function Fees() {
      const fees = useQuery({ queryKey: ['fees', 'list'], queryFn: pageFetch });
      return <p>{fees.data ?? 'loading'}</p>;
    }
    const prefetch = vi.fn<PrefetchPage>(({ queryClient }) => {
      void queryClient.prefetchQuery({ queryKey: ['fees', 'list'], queryFn: async () => 'from the prefetch' });
    });
    history.replaceState(null, '', '/fees?category=port');
    const { lifecycles, domElement, props } = setup(Fees, prefetch);
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    await waitFor(() => expect(domElement.textContent).toBe('from the prefetch'));
    expect(pageFetch).not.toHaveBeenCalled();
    expect(prefetch).toHaveBeenCalledWith(
      expect.objectContaining({ location: { pathname: '/fees', search: '?category=port' }, user: undefined }),
    );
    await runLifecycle(lifecycles.unmount, props);
    history.replaceState(null, '', '/');
  });

  it('tells the prefetch who is signed in as the module mounts', async () => {
    const prefetch = vi.fn<PrefetchPage>();
    const { lifecycles, host, props } = setup(Greeting, prefetch);
    const user = { id: 'admin-sw', role: 'admin', name: 'Single-window team' } as const;
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    host.auth.signIn({ token: 'header.payload.signature', user, expiresAt });
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    expect(prefetch).toHaveBeenCalledWith(expect.objectContaining({ user }));
    await runLifecycle(lifecycles.unmount, props);
  });

  it('reports a prefetch that throws and mounts the module all the same', async () => {
    const { lifecycles, host, domElement, props } = setup(Greeting, () => {
      throw new Error('bad prefetch');
    });
    await runLifecycle(lifecycles.bootstrap, props);
    await runLifecycle(lifecycles.mount, props);
    await waitFor(() => expect(domElement.textContent).toContain('你好 · zh-CN'));
    expect(host.errors).toEqual([new Error('bad prefetch')]);
    await runLifecycle(lifecycles.unmount, props);
  });
});
