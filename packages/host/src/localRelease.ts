import { existsSync } from 'node:fs';
import {
  ReleaseError,
  deployModule,
  hashFolder,
  sri,
  type ModuleVersionRef,
  type ReleaseService,
  type WorkspaceModule,
} from '@sw/release/node';

/** Who `npm start` is in the release history. */
export const LOCAL_ACTOR = 'npm start';

export interface LocalPublishResult {
  /** The version each local build was deployed as. */
  deployed: ModuleVersionRef[];
  /** What happened to production. */
  production: 'created' | 'updated' | 'unchanged' | 'kept';
  releaseId: string | undefined;
  messages: string[];
}

/**
 * `npm start` makes the working tree's builds available the way a release would:
 *
 * 1. each built module is deployed to the CDN folder at its package version; when that version was
 *    deployed before with other files (code changed, version not bumped), as
 *    `<version>+local.<hash>` instead, since deployed versions never change;
 * 2. a release of exactly these versions is composed (validated, staged) and promoted — unless
 *    someone promoted or rolled back production by hand since `npm start` last set it: then
 *    production stays as they left it and the message says how to go live.
 */
export async function publishLocalBuilds(
  service: ReleaseService,
  root: string,
  modules: WorkspaceModule[],
): Promise<LocalPublishResult> {
  const messages: string[] = [];
  const deployed: ModuleVersionRef[] = [];
  for (const module of modules) {
    if (!existsSync(module.distDir)) continue;
    const deploy = (version: string) =>
      deployModule({
        root,
        cdnDir: service.cdnDir,
        name: module.name,
        from: module.distDir,
        version,
        actor: LOCAL_ACTOR,
      });
    try {
      deployed.push({ name: module.name, version: (await deploy(module.version)).record.version });
    } catch (error) {
      if (error instanceof ReleaseError && error.code === 'usage') {
        // Not a complete build (being rebuilt, or broken): leave the module out rather than stop the suite.
        messages.push(`${module.name} left out: ${error.message}`);
        continue;
      }
      if (!(error instanceof ReleaseError) || error.code !== 'immutable') throw error;
      const fingerprint = sri(JSON.stringify(hashFolder(module.distDir)))
        .slice(7, 15)
        .replace(/[^A-Za-z0-9]/g, '0');
      const local = `${module.version}+local.${fingerprint}`;
      await deploy(local);
      deployed.push({ name: module.name, version: local });
      messages.push(
        `${module.name} ${module.version} changed since it was deployed: serving it as ${local} (bump the version to release it)`,
      );
    }
  }
  if (deployed.length === 0) return { deployed, production: 'kept', releaseId: undefined, messages };

  const production = service.channel('production');
  if (production && production.updatedBy !== LOCAL_ACTOR) {
    const list = deployed.map((d) => `--set ${d.name}@${d.version}`).join(' ');
    messages.push(
      `production is release ${production.releaseId}, set by ${production.updatedBy}: left as it is. To serve your builds: pnpm release compose ${list} && pnpm release promote`,
    );
    return { deployed, production: 'kept', releaseId: production.releaseId, messages };
  }
  if (production) {
    const live = service.release('production').modules.map((m) => `${m.name}@${m.version}`);
    const local = deployed.map((d) => `${d.name}@${d.version}`);
    if (live.sort().join() === local.sort().join()) {
      return { deployed, production: 'unchanged', releaseId: production.releaseId, messages };
    }
  }
  const releaseId = await composeLocal(service, deployed, messages);
  if (!releaseId) return { deployed, production: 'kept', releaseId: production?.releaseId, messages };
  await service.promote({ releaseId, actor: LOCAL_ACTOR, expectedRevision: production?.revision ?? 0 });
  return { deployed, production: production ? 'updated' : 'created', releaseId, messages };
}

/**
 * Composes exactly the local modules (whatever production had). A module whose build fails
 * validation is left out, with the reasons, so one broken build does not stop the whole suite.
 */
async function composeLocal(
  service: ReleaseService,
  deployed: ModuleVersionRef[],
  messages: string[],
): Promise<string | undefined> {
  let candidates = deployed;
  for (;;) {
    try {
      const composed = await service.compose({
        base: null,
        set: candidates,
        actor: LOCAL_ACTOR,
        notes: 'composed by npm start from the local builds',
      });
      return composed.release.release.id;
    } catch (error) {
      if (!(error instanceof ReleaseError) || error.code !== 'invalid') throw error;
      const broken = new Set(
        (error.details.validation?.issues ?? []).flatMap((i) => (i.severity === 'error' && i.module ? [i.module] : [])),
      );
      const remaining = candidates.filter((c) => !broken.has(c.name));
      messages.push(error.message);
      if (broken.size === 0 || remaining.length === 0) return undefined;
      messages.push(`left out of the release: ${[...broken].join(', ')}`);
      candidates = remaining;
    }
  }
}
