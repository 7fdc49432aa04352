import type { LifeCycles } from 'single-spa';
import { z } from 'zod';
import {
  LOCALES,
  demoUserSchema,
  tokenResponseSchema,
  type Locale,
  type ModuleHost,
  type ModuleProps,
} from '@sw/contracts';
import { createStandaloneHost } from './host/standaloneHost.ts';

interface StandaloneOptions {
  name: string;
  version?: string;
  routes: string[];
  /** The module's applications' lifecycles, loaded lazily like the shell does, mounted in order. */
  apps: Array<() => Promise<LifeCycles<ModuleProps>>>;
  /** Starts the msw browser worker so the module runs without any backend. */
  startMocks?: () => Promise<unknown>;
}

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体', 'zh-HK': '繁體', en: 'English' };

/**
 * The dev harness: mounts one module alone on its own page with the same host contract the shell
 * provides, answered by msw, plus a language switch (the frame's job in the suite).
 */
export async function startStandalone(options: StandaloneOptions): Promise<void> {
  if (options.startMocks) await options.startMocks();
  const host = createStandaloneHost({
    module: { name: options.name, version: options.version ?? '0.0.0-dev' },
    routes: options.routes,
  });
  const bar = document.createElement('nav');
  bar.setAttribute('aria-label', 'standalone harness');
  bar.style.cssText = 'display:flex;gap:8px;padding:8px 16px;background:#f0f4fa;font:14px sans-serif';
  bar.append(`${options.name} · standalone · `);
  for (const locale of LOCALES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = LANGUAGE_NAMES[locale];
    button.addEventListener('click', () => host.locale.set(locale));
    bar.append(button);
  }
  void addDemoSignIn(bar, host);
  const syncLang = () => document.documentElement.setAttribute('lang', host.locale.get());
  host.locale.subscribe(syncLang);
  syncLang();
  document.body.append(bar);
  if (!options.routes.some((route) => location.pathname.startsWith(route)) && options.routes[0]) {
    history.replaceState(null, '', options.routes[0] + location.search);
  }
  for (const [index, load] of options.apps.entries()) {
    const domElement = document.createElement('div');
    document.body.append(domElement);
    const { bootstrap, mount } = await load();
    const props = { host, domElement, name: `${options.name}-${index}` } as unknown as ModuleProps;
    for (const fn of [bootstrap, mount].flat()) await fn(props as never);
  }
}

/** A select of the API's demo users (when it has a dev login), to try the module as each role. */
async function addDemoSignIn(bar: HTMLElement, host: ModuleHost): Promise<void> {
  const response = await fetch(`${host.apiBaseUrl}/dev/users`).catch(() => undefined);
  if (!response?.ok) return;
  const users = z.array(demoUserSchema).safeParse(await response.json());
  if (!users.success) return;
  const select = document.createElement('select');
  select.setAttribute('aria-label', 'demo user');
  select.append(new Option('public (signed out)', ''));
  for (const user of users.data) select.append(new Option(`${user.name} (${user.role})`, user.id));
  select.value = host.auth.user()?.id ?? '';
  select.addEventListener('change', async () => {
    if (!select.value) return host.auth.signOut();
    const login = await fetch(`${host.apiBaseUrl}/dev/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: select.value }),
    });
    const session = tokenResponseSchema.safeParse(await login.json());
    if (session.success) host.auth.signIn(session.data);
  });
  bar.append(' · ', select);
}
