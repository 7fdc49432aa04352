import {
  addErrorHandler,
  getMountedApps,
  registerApplication,
  triggerAppChange,
  unregisterApplication,
  type AppError,
  type LifeCycles,
} from 'single-spa';
import type { ModuleHost, ModuleProps, ReleaseManifest, ReleaseModule, SLOTS } from '@sw/contracts';
import { isFailedModuleImport } from './failedModuleImport.ts';
import type { ModuleLoader } from './federation.ts';
import { renderModuleErrorPanel } from './panels.ts';
import { activityFor, appName } from './routes.ts';

type Slot = (typeof SLOTS)[number];

interface RegisterOptions {
  manifest: ReleaseManifest;
  loader: ModuleLoader;
  host: ModuleHost;
  slots: Record<Slot, HTMLElement>;
}

interface Registration {
  module: ReleaseModule;
  container: HTMLElement;
  isActive(location: Location): boolean;
  register(): void;
}

function assertLifecycles(value: unknown, id: string): LifeCycles<ModuleProps> {
  const candidate = value as Partial<LifeCycles<ModuleProps>> | null;
  for (const key of ['bootstrap', 'mount', 'unmount'] as const) {
    const fn = candidate?.[key];
    if (typeof fn !== 'function' && !Array.isArray(fn)) {
      throw new Error(`${id} does not export single-spa lifecycles (missing ${key})`);
    }
  }
  return candidate as LifeCycles<ModuleProps>;
}

/**
 * Registers every application of the release with single-spa, each in its own container in its
 * slot. A module that fails to load or throws while mounting is replaced by an error panel with
 * Retry in its own container; the rest of the page is untouched.
 */
export function registerModules({ manifest, loader, host, slots }: RegisterOptions): void {
  const registrations = new Map<string, Registration>();
  /** Panels on screen, re-rendered when the language changes. */
  const panels = new Map<HTMLElement, () => void>();
  host.locale.subscribe(() => panels.forEach((render) => render()));

  const showPanel = (name: string, error: unknown) => {
    const registration = registrations.get(name);
    if (!registration) return;
    const { container, module } = registration;
    const detail = error instanceof Error ? error.message : String(error);
    // A module script that failed to load stays failed in this page: Retry then reloads the page.
    const onRetry = isFailedModuleImport(error) ? () => location.reload() : () => void retry(name);
    const render = () => renderModuleErrorPanel(container, host.locale.get(), module.name, detail, onRetry);
    panels.set(container, render);
    render();
  };

  const retry = async (name: string) => {
    const registration = registrations.get(name);
    if (!registration) return;
    panels.delete(registration.container);
    registration.container.replaceChildren();
    await unregisterApplication(name);
    loader.reset(registration.module);
    registration.register();
    await triggerAppChange();
  };

  for (const module of manifest.modules) {
    for (const app of module.apps) {
      const name = appName(module.name, app.expose);
      const container = document.createElement('div');
      container.dataset.swApp = name;
      // Which version runs here (a canary or a tester's override may differ from the release's).
      container.dataset.swVersion = module.version;
      slots[app.slot ?? 'main'].append(container);
      const loadApp = async (): Promise<LifeCycles<ModuleProps>> => {
        try {
          return assertLifecycles(await loader.load(module, app.expose), `${module.name} ${app.expose}`);
        } catch (error) {
          host.reportError(error, { module: module.name, phase: 'load' });
          // Stand-in lifecycles: the slot shows the error panel while the route is active.
          return {
            bootstrap: async () => {},
            mount: async () => showPanel(name, error),
            unmount: async () => {
              panels.delete(container);
              container.replaceChildren();
            },
          };
        }
      };
      const register = () =>
        registerApplication<ModuleProps>({
          name,
          app: loadApp,
          activeWhen: activityFor(app),
          customProps: { host, domElement: container },
        });
      registrations.set(name, { module, container, isActive: activityFor(app), register });
      register();
    }
  }

  // A broken app is never unmounted by single-spa, so its panel is hidden off its route by hand.
  addEventListener('single-spa:routing-event', () => {
    for (const { container, isActive } of registrations.values()) container.hidden = !isActive(location);
  });

  // Errors in bootstrap/mount/unmount: single-spa marks the app broken; show the panel in its place.
  addErrorHandler((error: AppError) => {
    const name = error.appOrParcelName;
    const registration = registrations.get(name);
    host.reportError(error, { module: registration?.module.name ?? name, phase: 'mount' });
    if (registration && !getMountedApps().includes(name)) showPanel(name, error);
  });
}
