import type { LifeCycles } from 'single-spa';
import type { Locale, ModuleProps, ReleaseManifest } from '@sw/contracts';
import { createEventBus } from '@sw/module-kit/host';
import type { ModuleLoader } from '../federation.ts';
import { createLazyModuleLoader, preloadFederation } from '../lazyFederation.ts';
import { loadReleaseManifest } from '../manifest.ts';
import { renderModuleErrorPanel } from '../panels.ts';
import { releasedOnly } from '../variants.ts';
import { configure, currentConfig, type EmbedConfig } from './config.ts';
import { createEmbedHost } from './embedHost.ts';
import { createMountPoint } from './isolationRoot.ts';
import { installPageLibraries } from './pageLibraries.ts';

export interface MountOptions extends Pick<EmbedConfig, 'getToken' | 'onNavigate'> {
  /** The module's name in the release, e.g. `fee-directory`. */
  module: string;
  locale?: Locale;
  /** Mount inside a Shadow DOM (default) so the page's CSS and ours never meet; false: light DOM. */
  shadow?: boolean;
  /** A path inside the module to open first, e.g. `/fees?q=pilotage`. */
  path?: string;
}

/** Unmounts the module and removes everything it added; `ready` settles once it is on screen. */
export interface MountedModule {
  (): Promise<void>;
  ready: Promise<void>;
  setLocale(locale: Locale): void;
}

interface Release {
  manifest: ReleaseManifest;
  loader: ModuleLoader;
}

const releases = new Map<string, Promise<Release>>();

/**
 * Vite's loader adds <link rel="modulepreload"> hints to the page's head for the chunks it fetches.
 * When the last module leaves, the hints pointing at the suite's origins go too.
 */
async function removePreloadHints() {
  const origins = new Set([new URL(currentConfig().releaseUrl).origin]);
  for (const release of releases.values()) {
    const { manifest } = await release.catch(() => ({ manifest: undefined }));
    for (const module of manifest?.modules ?? []) origins.add(new URL(module.entry).origin);
  }
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')) {
    if (origins.has(new URL(link.href, location.href).origin)) link.remove();
  }
}
/** One manifest and one federation runtime per release URL, shared by every module on the page. */
function releaseAt(url: string): Promise<Release> {
  let release = releases.get(url);
  if (!release) {
    // A page that only includes sw-embed.js never downloads the runtime; one that mounts a module
    // fetches it alongside the manifest.
    void preloadFederation();
    // The page's import map must be in place before a module's code is fetched: both go together.
    release = Promise.all([
      loadReleaseManifest(url).then(releasedOnly),
      installPageLibraries(currentConfig().nonce),
    ]).then(([manifest]) => ({ manifest, loader: createLazyModuleLoader(manifest, 'sw_embed') }));
    release.catch(() => releases.delete(url)); // a later mount may try again
    releases.set(url, release);
  }
  return release;
}

/** Modules on one page talk over one bus, as they do in the shell. */
const events = createEventBus();
export const liveMounts = new Set<MountedModule>();
let mountCount = 0;

type Step = LifeCycles<ModuleProps>['mount'];
async function run(step: Step, props: ModuleProps & { name: string }) {
  for (const fn of [step].flat()) await fn(props as never);
}

/** Mounts one module of the release into `element`, isolated in a Shadow DOM unless told otherwise. */
export function mountModule(element: HTMLElement, options: MountOptions): MountedModule {
  if (options.getToken || options.onNavigate) configure({ getToken: options.getToken, onNavigate: options.onNavigate });
  const point = createMountPoint(element, { shadow: options.shadow ?? true, nonce: currentConfig().nonce });
  const name = `${options.module}#${++mountCount}`;
  let locale: Locale | undefined = options.locale;
  let mounted: { lifecycles: LifeCycles<ModuleProps>; props: ModuleProps & { name: string } } | undefined;
  let stopped = false;

  const attempt = async (): Promise<void> => {
    const { manifest, loader } = await releaseAt(currentConfig().releaseUrl);
    const module = manifest.modules.find((m) => m.name === options.module);
    if (!module) throw new Error(`module "${options.module}" is not in release ${manifest.release.id}`);
    const app = module.apps.find((a) => a.route) ?? module.apps[0]!;
    const host = createEmbedHost({ manifest, events, route: app.route ?? '/', path: options.path, locale, element });
    try {
      const lifecycles = await loader.load<LifeCycles<ModuleProps>>(module, app.expose);
      if (stopped) return;
      const props = { host, domElement: point.container, name, ...(point.isolation && { isolation: point.isolation }) };
      await run(lifecycles.bootstrap, props);
      await run(lifecycles.mount, props);
      mounted = { lifecycles, props };
      if (stopped) await unmountNow();
    } catch (error) {
      host.reportError(error, { module: module.name, phase: 'mount' });
      renderModuleErrorPanel(point.container, host.locale.get(), module.name, String(error), () => {
        point.container.replaceChildren();
        loader.reset(module);
        ready = attempt();
      });
    }
  };
  const unmountNow = async () => {
    const current = mounted;
    mounted = undefined;
    if (current) await run(current.lifecycles.unmount, current.props);
  };

  let ready = attempt().catch((error: unknown) => {
    // No manifest or no such module: say so where the module would have been.
    console.error('[single-window] embed:', error);
    renderModuleErrorPanel(point.container, locale ?? 'zh-CN', options.module, String(error), () => location.reload());
  });

  const unmount = Object.assign(
    async () => {
      stopped = true;
      liveMounts.delete(unmount);
      await ready;
      await unmountNow();
      point.dispose();
      if (liveMounts.size === 0) await removePreloadHints();
    },
    {
      get ready() {
        return ready;
      },
      setLocale(next: Locale) {
        locale = next;
        mounted?.props.host.locale.set(next);
      },
    },
  ) as MountedModule;
  liveMounts.add(unmount);
  return unmount;
}
