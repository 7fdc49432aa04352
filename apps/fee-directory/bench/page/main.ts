// The benchmark page: the real fee list (production React, antd, the virtualised table) over a
// synthetic catalogue of 20,000 items, answered in the page instead of by an API.
import type { LifeCycles } from 'single-spa';
import type { ModuleHost, ModuleProps } from '@sw/contracts';
import { createAuthStore, createEventBus, createNavigator } from '@sw/module-kit/host';
import { defineModule } from '@sw/module-kit';
import { createLocaleStore } from '@sw/i18n';
import { generateFees } from '@sw/mocks/data';
import { feeDirectoryDefinition } from '../../src/definition.ts';
import { FeeListPage } from '../../src/pages/FeeListPage/FeeListPage.tsx';

declare global {
  interface Window {
    /** Milliseconds from each input to the search box (a key, or an IME commit) to the first paint after it. */
    keystrokeLatencies: number[];
    catalogueSize: number;
  }
}

const COUNT = Number(new URLSearchParams(location.search).get('items') ?? 20_000);
const body = JSON.stringify({ items: generateFees(COUNT), total: COUNT, asOf: '2026-11-20T09:00:00+08:00' });
window.catalogueSize = COUNT;
const realFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (new URL(url, location.href).pathname === '/api/fees') {
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  }
  return realFetch(input, init);
};

window.keystrokeLatencies = [];
addEventListener(
  'input',
  (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    const start = event.timeStamp;
    // React renders a keystroke's update before the next frame; the macrotask after that frame
    // runs once it is painted.
    requestAnimationFrame(() => setTimeout(() => window.keystrokeLatencies.push(performance.now() - start)));
  },
  true,
);

const locale = createLocaleStore();
locale.set('zh-CN');
const host: ModuleHost = {
  locale,
  events: createEventBus(),
  navigation: createNavigator({ go: (url) => history.pushState(null, '', url) }),
  apiBaseUrl: '/api',
  auth: createAuthStore(),
  reportError: (error) => console.error(error),
  modules: () => [],
  release: { id: 'bench' },
};
history.replaceState(null, '', '/fees');
const lifecycles: LifeCycles<ModuleProps> = defineModule({ ...feeDirectoryDefinition, App: FeeListPage });
const props = { host, domElement: document.getElementById('root')!, name: 'fee-directory-bench' } as ModuleProps;
for (const step of [lifecycles.bootstrap, lifecycles.mount].flat()) await step(props as never);
