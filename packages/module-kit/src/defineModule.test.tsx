import { waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ModuleProps } from '@sw/contracts';
import { defineModule } from './defineModule.tsx';
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

function setup(App = Greeting) {
  const lifecycles = defineModule({ name: 'example', resources, App });
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
});
