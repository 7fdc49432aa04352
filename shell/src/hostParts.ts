import type { EventBus, ModuleDescriptor, ModuleHost, ReleaseManifest } from '@sw/contracts';

/**
 * Every module error ends up here: the console, the bus, and one DOM event (`sw:error`, on `target`)
 * that the portal's monitoring (or the embedding page) can listen to.
 */
export function createErrorReporter(events: EventBus, target: EventTarget): ModuleHost['reportError'] {
  return (error, context) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[single-window] ${context.module} (${context.phase}):`, error);
    target.dispatchEvent(
      new CustomEvent('sw:error', { detail: { ...context, message }, bubbles: true, composed: true }),
    );
    events.emit('module:error', { module: context.module, phase: context.phase as 'runtime', message });
  };
}

/** The release's modules as modules see them (menus, landing page). */
export function moduleDescriptors(manifest: ReleaseManifest): ModuleDescriptor[] {
  return manifest.modules.map((m) => ({
    name: m.name,
    version: m.version,
    routes: m.apps.flatMap((a) => (a.route ? [a.route] : [])),
  }));
}
