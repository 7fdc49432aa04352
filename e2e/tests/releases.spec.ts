import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATA_DIR, ORIGINS } from './support.ts';
import {
  ROOT,
  canaryBucket,
  productionRevision,
  release,
  releaseOk,
  show,
  signInAsAdmin,
  versionOf,
} from './releasesSupport.ts';

// One release history per run: these tests change production in turn, so they run one after another.
test.describe.configure({ mode: 'serial' });

const CDN = join(DATA_DIR, 'cdn', 'modules');
const appVersion = (page: Page, app: string) => page.locator(`[data-sw-app="${app}"]`).getAttribute('data-sw-version');

/** Every file's modification time under a folder: proof that nothing there was rebuilt or rewritten. */
function snapshot(folder: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out[path] = stat.mtimeMs;
    }
  };
  walk(folder);
  return out;
}

/**
 * A copy of the fee directory's build, ready to deploy as another version (what CI would hand over):
 * taken from the version this run's host deployed, which nothing rebuilds while the tests run.
 */
function feeDirectoryBuild(
  edit?: (json: Record<string, unknown>) => void,
  file: 'mf-manifest.json' | 'page-libraries.json' = 'mf-manifest.json',
): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sw-e2e-build-')), 'dist');
  const deployed = join(CDN, 'fee-directory', versionOf('production', 'fee-directory'));
  cpSync(deployed, dir, { recursive: true, filter: (path) => !/(integrity|deploy)\.json$/.test(path) });
  if (edit) {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    edit(json);
    writeFileSync(path, JSON.stringify(json));
  }
  return dir;
}

/** The page's import-map scopes: module version folder → its copies of the page libraries. */
async function importMapScopes(page: Page): Promise<Record<string, Record<string, string>>> {
  const map = JSON.parse((await page.locator('script[type="importmap"]').textContent()) ?? '{}');
  return map.scopes ?? {};
}

test('a module deployed on its own goes live by promotion, without rebuilding the shell or any other module, and rolls back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const liveBefore = show('production');
  const frameBefore = versionOf('production', 'frame');
  const untouched = {
    shell: snapshot(join(ROOT, 'shell', 'dist')),
    ...Object.fromEntries(
      readdirSync(CDN)
        .filter((name) => name !== 'frame')
        .map((name) => [name, snapshot(join(CDN, name))]),
    ),
  };

  // Deploy builds the frame alone into modules/frame/<version>/, with its manifest and hashes.
  const deployed = releaseOk('deploy', 'frame', '--version', '0.1.1-e2e.1');
  expect(deployed).toContain('next: pnpm release compose --set frame@0.1.1-e2e.1');
  const folder = join(CDN, 'frame', '0.1.1-e2e.1');
  expect(readdirSync(folder)).toEqual(
    expect.arrayContaining(['mf-manifest.json', 'remoteEntry.js', 'integrity.json', 'deploy.json']),
  );

  const composed = releaseOk('compose', '--set', 'frame@0.1.1-e2e.1', '--note', 'frame 0.1.1');
  const staged = /release (\S+) is on staging/.exec(composed)![1]!;
  expect(composed).toContain(`frame: ${frameBefore} → 0.1.1-e2e.1`);
  expect(composed).toContain('✓ valid');
  expect(releaseOk('promote', staged)).toContain(`production is now release ${staged}`);

  const frameFiles: string[] = [];
  page.on('request', (r) => r.url().startsWith(`${ORIGINS.frame}/modules/frame/`) && frameFiles.push(r.url()));
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Port business environment, in the open' })).toBeVisible();
  expect(await appVersion(page, 'frame:header')).toBe('0.1.1-e2e.1');
  expect(frameFiles.some((url) => url.includes('/modules/frame/0.1.1-e2e.1/remoteEntry.js'))).toBe(true);
  expect(frameFiles.some((url) => url.includes(`/modules/frame/${frameBefore}/`))).toBe(false);
  // The portal builds the new release's own page libraries with its first page; later pages scope
  // them to the new version (the first used the shell's whole copies meanwhile).
  const newFolder = `${ORIGINS.frame}/modules/frame/0.1.1-e2e.1/`;
  await expect
    .poll(async () => {
      await page.reload();
      return Object.keys(await importMapScopes(page));
    })
    .toContain(newFolder);

  // Nothing else was rebuilt or rewritten: the shell's build and every other module's CDN folder.
  expect(snapshot(join(ROOT, 'shell', 'dist'))).toEqual(untouched.shell);
  for (const [name, files] of Object.entries(untouched)) {
    if (name !== 'shell') expect(snapshot(join(CDN, name))).toEqual(files);
  }

  // Roll back: production points at the previous release again; the page follows on its next load.
  expect(releaseOk('rollback')).toContain(`production is back at release ${liveBefore.release.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Port business environment, in the open' })).toBeVisible();
  expect(await appVersion(page, 'frame:header')).toBe(frameBefore);
  // Its libraries were kept: the first page after the rollback already has them.
  expect(Object.keys(await importMapScopes(page))).toContain(`${ORIGINS.frame}/modules/frame/${frameBefore}/`);
  expect(releaseOk('history', '--channel', 'production', '--limit', '2')).toMatch(/rollback .*\n.*promote/);
});

test('validate refuses a release whose module was built against an incompatible react, naming the module and the dependency', () => {
  const before = show('staging').release.id;
  // The page gives every module its one React: a module built against React 18 would get 19.
  const build = feeDirectoryBuild((pageLibraries) => {
    const libraries = pageLibraries.libraries as Record<string, { version: string }>;
    for (const [specifier, library] of Object.entries(libraries)) {
      if (specifier === 'react' || specifier.startsWith('react/')) library.version = '18.3.1';
    }
  }, 'page-libraries.json');
  releaseOk('deploy', 'fee-directory', '--from', build, '--version', '0.1.3-react18');
  const refused = release('compose', '--set', 'fee-directory@0.1.3-react18');
  expect(refused.status).toBe(4);
  expect(refused.stderr).toContain('the release is refused');
  expect(refused.stderr).toContain(
    "fee-directory 0.1.3-react18 was built against react 18.3.1, outside the suite's react ^19.",
  );
  // Nothing was stored or staged.
  expect(show('staging').release.id).toBe(before);

  // The same verdict from `validate` on a manifest file.
  const manifest = {
    ...show('production'),
    modules: show('production').modules.map((m) =>
      m.name === 'fee-directory'
        ? {
            ...m,
            version: '0.1.3-react18',
            entry: 'modules/fee-directory/0.1.3-react18/mf-manifest.json',
            integrity: undefined,
          }
        : m,
    ),
  };
  const file = join(mkdtempSync(join(tmpdir(), 'sw-e2e-manifest-')), 'candidate.json');
  writeFileSync(file, JSON.stringify(manifest));
  const validated = release('validate', file);
  expect(validated.status).toBe(4);
  expect(validated.stdout).toMatch(/✗ \[shared\] fee-directory 0\.1\.3-react18 was built against react 18\.3\.1/);
});

test('a tampered entry is refused before it runs: the module shows its error panel, the rest of the page works', async ({
  page,
}) => {
  await page.route(/\/modules\/fee-directory\/[^/]+\/remoteEntry\.js$/, async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `${await original.text()}\n;globalThis.__swTampered = true;` });
  });
  await page.goto('/fees?lang=en');
  const panel = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(panel).toContainText('Port charges');
  await panel.getByText('Technical details').click();
  await expect(panel).toContainText("remoteEntry.js does not match the release's integrity hash; it was refused");
  expect(await page.evaluate(() => 'swTampered' in globalThis || '__swTampered' in globalThis)).toBe(false);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('the release console shows the live release and its health, promotes, refuses a concurrent promote, and rolls back', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const liveId = show('production').release.id;
  releaseOk('deploy', 'fee-directory', '--from', feeDirectoryBuild(), '--version', '0.1.2-e2e.1');
  const staged = /release (\S+) is on staging/.exec(releaseOk('compose', '--set', 'fee-directory@0.1.2-e2e.1'))![1]!;

  // Two administrators open the console on staging.
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  for (const page of [first, second]) {
    await signInAsAdmin(page);
    await page.goto('/releases?tab=staging&lang=en');
    await expect(page.getByRole('heading', { name: `Staging: release ${staged}` })).toBeVisible();
    await expect(page.getByText(/Port charges \(fee-directory\): .+ → 0\.1\.2-e2e\.1/).first()).toBeVisible();
    await expect(page.getByText('Valid', { exact: true })).toBeVisible();
  }
  const promote = async (page: Page) => {
    await page.getByRole('button', { name: 'Promote to production' }).click();
    const dialog = page.getByRole('dialog', { name: `Promote release ${staged} to production?` });
    await dialog.getByLabel('Note (optional)').fill('fee directory 0.1.2');
    await dialog.getByRole('button', { name: 'Promote to production' }).click();
  };
  await promote(first);
  await expect(first.getByText(`Release ${staged} is live.`)).toBeVisible();
  // The second one still shows the revision it loaded: its promote is refused as a conflict.
  await promote(second);
  await expect(second.getByText(/^Someone changed production after you opened this page/)).toBeVisible();
  await expect(second.getByText('Staging holds the live release.', { exact: false })).toBeVisible();
  expect(show('production').release.id).toBe(staged);

  // The CLI refuses a stale revision the same way.
  const stale = release('rollback', liveId, '--expect', String(productionRevision() - 1));
  expect(stale.status).toBe(3);
  expect(stale.stderr).toContain(`production changed since you read it: it is now at release ${staged}`);

  // The live release: each module's version and health, measured from the browser.
  await first.goto('/releases?lang=en');
  await expect(first.getByRole('heading', { name: `Production: release ${staged}` })).toBeVisible();
  const fees = first.getByRole('row').filter({ hasText: 'fee-directory' });
  await expect(fees).toContainText('0.1.2-e2e.1');
  await expect(fees.getByText(/^Reachable · [\d,.]+ ms$/)).toBeVisible();
  await expect(fees.getByText('Files match the release')).toBeVisible();

  // History: roll back to the release before, from the console.
  await first.getByRole('tab', { name: 'History' }).click();
  await expect(first).toHaveURL(/tab=history/);
  await first.getByRole('button', { name: `Roll back to ${liveId}` }).click();
  const dialog = first.getByRole('dialog', { name: `Roll production back to release ${liveId}?` });
  await expect(dialog.getByText(/Port charges \(fee-directory\): 0\.1\.2-e2e\.1 → /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(first.getByText(`Production is back at release ${liveId}.`)).toBeVisible();
  expect(show('production').release.id).toBe(liveId);
  await Promise.all([first.close(), second.close()]);
});

test('a canary sends a deterministic share of users to another version of one module', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const released = versionOf('production', 'fee-directory');
  const liveId = show('production').release.id;
  releaseOk('compose', '--canary', 'fee-directory@0.1.2-e2e.1:50');
  releaseOk('promote');
  // Two browsers whose cookies fall on either side of the 50% line.
  const ids = Array.from({ length: 50 }, (_, i) => `e2e-browser-${i}`);
  const inside = ids.find((id) => canaryBucket(`browser:${id}`, 'fee-directory') < 5000)!;
  const outside = ids.find((id) => canaryBucket(`browser:${id}`, 'fee-directory') >= 5000)!;
  for (const [id, expected] of [
    [inside, '0.1.2-e2e.1'],
    [outside, released],
  ] as const) {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'sw_uid', value: id, url: baseURL! }]);
    const page = await context.newPage();
    for (let visit = 0; visit < 2; visit++) {
      await page.goto('/fees?lang=en');
      await expect(page.getByRole('heading', { name: 'Port charges', exact: true })).toBeVisible();
      expect(await appVersion(page, 'fee-directory')).toBe(expected);
    }
    await context.close();
  }
  releaseOk('rollback', liveId);
});

test('testing overrides work only where the release allows them, never in production by default', async ({ page }) => {
  test.setTimeout(120_000);
  const released = versionOf('production', 'fee-directory');
  const liveId = show('production').release.id;
  const override = '/fees?lang=en&sw-override=fee-directory@0.1.2-e2e.1';
  await page.goto(override);
  await expect(page.getByRole('heading', { name: 'Port charges', exact: true })).toBeVisible();
  expect(await appVersion(page, 'fee-directory')).toBe(released);
  await expect(page.getByRole('status').filter({ hasText: 'Testing overrides are on' })).toHaveCount(0);

  // Allowed off production only: still refused while the release is live in production.
  releaseOk('compose', '--allow-overrides');
  releaseOk('promote');
  await page.goto(override);
  await expect(page.getByRole('heading', { name: 'Port charges', exact: true })).toBeVisible();
  expect(await appVersion(page, 'fee-directory')).toBe(released);

  // Allowed in production too: the tester's browser gets the other version, and says so.
  releaseOk('compose', '--allow-overrides', '--overrides-in-production');
  releaseOk('promote');
  await page.goto(override);
  await expect(page.getByRole('heading', { name: 'Port charges', exact: true })).toBeVisible();
  expect(await appVersion(page, 'fee-directory')).toBe('0.1.2-e2e.1');
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'Testing overrides are on in this browser: fee-directory → 0.1.2-e2e.1' });
  await expect(banner).toBeVisible();
  // Kept for the next pages of this browser, until cleared.
  await page.goto('/fees?lang=en');
  expect(await appVersion(page, 'fee-directory')).toBe('0.1.2-e2e.1');
  await banner.getByRole('button', { name: 'Clear overrides' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Port charges', exact: true })).toBeVisible();
  expect(await appVersion(page, 'fee-directory')).toBe(released);
  releaseOk('rollback', liveId);
});
