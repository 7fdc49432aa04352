import { expect, test, type Page } from '@playwright/test';
import { ORIGINS, countDocumentLoads, expectNoAxeViolations, recordRequests } from './support.ts';

/**
 * Service-time disclosure (/service-times) through the shell: comparing terminals, the coverage
 * board, an operator's monthly upload (a bad row writes nothing), publishing a standard, a refused
 * edit of another terminal, and "Report a delay" handing over to the hotline.
 */

// Each journey loads the module (and echarts) through the shell; give a busy machine room.
test.describe.configure({ timeout: 90_000 });

async function signIn(page: Page, user: RegExp) {
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  await page.getByRole('menuitem', { name: user }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** The session token the shell keeps, to ask the API directly as the same user. */
const tokenOf = (page: Page) =>
  page.evaluate(() => (JSON.parse(sessionStorage.getItem('sw.session') ?? 'null') as { token: string }).token);

test('traders compare terminals: the fastest limit of each operation is marked and charted, axe finds nothing', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/service-times/compare?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Terminal service times' })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Time limits by operation and terminal' });
  const pickup = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Cargo pick-up/ }) });
  await expect(pickup.getByRole('cell').nth(0)).toContainText('30 minutes');
  await expect(pickup.getByRole('cell').nth(0)).toContainText('Fastest');
  await expect(pickup.getByRole('cell').nth(4)).toContainText('Not published');
  await expect(matrix.getByRole('rowheader', { name: /Unstuffing/ })).toContainText('Counted from different events');

  // Only two terminals, chosen in the page, kept in a shareable link.
  await page.getByRole('combobox', { name: 'Terminals compared' }).click();
  await page.getByTitle('SCT · Shekou Container Terminals').click();
  await page.getByTitle('DCB · Dachan Bay Container Terminal').click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/terminals=sct%2Cdcb|terminals=sct,dcb/);
  await expect(matrix.getByRole('columnheader')).toHaveText(['Operation', 'SCT', 'DCB']);

  // The bar chart of one operation, drawn once echarts has loaded from the module's origin.
  await page.getByRole('combobox', { name: 'Operation shown in the chart' }).click();
  await page.getByTitle('In-yard transfer', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'In-yard transfer: time limits' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /In-yard transfer time limit of each terminal/ }).locator('svg'),
  ).toBeVisible();
  expect(requests.some((r) => r.url().startsWith(`${ORIGINS.serviceTimes}/`) && /echarts/.test(r.url()))).toBe(true);

  await expectNoAxeViolations(page, 'service-times');
});

test('the coverage board shows who published the four standards on time, late or not at all', async ({ page }) => {
  await page.goto('/service-times?lang=zh-CN');
  await page.getByRole('navigation', { name: '码头作业时限' }).getByRole('link', { name: '公布情况' }).click();
  await expect(page).toHaveURL(/\/service-times\/coverage/);
  const board = page.getByRole('table', { name: '各码头四项必须公布标准的公布情况' });
  const row = (name: RegExp) => board.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row(/YICT/)).toContainText('四项均按期公布');
  await expect(row(/MCT/)).toContainText('四项已公布（逾期）');
  await expect(row(/DCB/)).toContainText('逾期未公布');
  await expect(row(/DCB/)).toContainText('未公布');
  await expect(page.getByText('有 1 个码头尚未公布全部四项必须公布的标准（期限为 2019年6月30日）。')).toBeVisible();
  await expectNoAxeViolations(page, 'service-times');

  // Each terminal's page is a link away, with its published table.
  await row(/DCB/).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 3, name: '大铲湾集装箱码头 (DCB)' })).toBeVisible();
  await expect(page.getByText('未公布（应于 2019年6月30日 前公布）')).toBeVisible();
  await expectNoAxeViolations(page, 'service-times');
});

test('an operator’s upload with a bad row writes nothing; corrected, it is written whole', async ({ page }) => {
  await page.goto('/service-times/terminals/yict?lang=en');
  await signIn(page, /YICT tariff desk/);
  await page.getByRole('link', { name: 'Upload monthly actuals' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Monthly actuals: Yantian/ })).toBeVisible();
  const before = await (
    await page.request.get('/api/service-times/actuals?terminal=yict&from=2026-09&to=2026-10')
  ).json();

  const file = page.locator('input[type="file"]');
  const csv = (rows: string[]) => ({
    name: 'yict-actuals.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['month,operation,handled,within_limit_percent', ...rows].join('\n')),
  });
  await file.setInputFiles(
    csv(['2026-09,unstuffing,1520,97.5', '2026-10,unstuffing,1490,not a share', '2026-10,cargo-pickup,81200,96.2']),
  );
  const preview = page.getByRole('table', { name: 'Preview of the upload' });
  await expect(page.getByText('3 rows, 1 with problems.')).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: 'not a share' })).toContainText(
    '“not a share” is not a share from 0 to 100% with at most one decimal place.',
  );
  await expect(page.getByRole('button', { name: 'Upload 3 rows' })).toBeDisabled();
  await expectNoAxeViolations(page, 'service-times');
  const unchanged = await (
    await page.request.get('/api/service-times/actuals?terminal=yict&from=2026-09&to=2026-10')
  ).json();
  expect(unchanged).toEqual(before);

  await file.setInputFiles(csv(['2026-09,unstuffing,1520,97.5', '2026-10,unstuffing,1490,88.4']));
  await page.getByRole('button', { name: 'Upload 2 rows' }).click();
  await expect(page.getByText('Uploaded: 0 new months, 2 replaced.')).toBeVisible();
  await expect(page.getByText(/Below the commitment: Oct 2026 Unstuffing/)).toBeVisible();

  // The terminal's performance now shows October below the commitment.
  await page.getByRole('link', { name: 'Back to YICT' }).click();
  await page.getByRole('combobox', { name: 'Operation' }).click();
  await page.getByTitle('Unstuffing', { exact: true }).click();
  const months = page.getByRole('table', { name: 'Monthly Unstuffing figures' });
  await expect(months.getByRole('row').filter({ hasText: 'Oct 2026' })).toContainText('88.4%');
  await expect(months.getByRole('row').filter({ hasText: 'Oct 2026' })).toContainText('Below commitment');
});

test('a terminal’s operator publishes a new version; the history keeps the old one', async ({ page }) => {
  await page.goto('/service-times/terminals/yict?lang=en');
  await signIn(page, /YICT tariff desk/);
  await page.getByRole('button', { name: 'Publish a new version of the Vessel berthing standard' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('spinbutton', { name: 'Commitment' }).fill('99.5');
  await drawer.getByRole('textbox', { name: 'What changed and why (English)' }).fill('Second pilot boat in service.');
  await drawer
    .getByRole('textbox', { name: 'What changed and why (Simplified Chinese)' })
    .fill('第二艘引航艇投入使用。');
  await drawer
    .getByRole('textbox', { name: 'What changed and why (Traditional Chinese)' })
    .fill('第二艘引航艇投入使用。');
  await drawer.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Vessel berthing: version 2 published.')).toBeVisible();
  const berthing = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Vessel berthing/ }) });
  await expect(berthing).toContainText('99.5%');
  await berthing.getByRole('button', { name: 'History of the Vessel berthing standard' }).click();
  const history = page.getByRole('dialog');
  await expect(history.getByRole('article')).toHaveCount(2);
  await expect(history.getByRole('article', { name: 'Version 2' })).toContainText('Commitment: 99% → 99.5%');
  await expect(history.getByRole('article', { name: 'Version 2' })).toContainText('Second pilot boat in service.');
  await expect(history.getByRole('article', { name: 'Version 1' })).toContainText('Superseded');
});

test('another terminal’s operator cannot edit: the page offers nothing and the API refuses', async ({ page }) => {
  await page.goto('/service-times/terminals/yict?lang=en');
  await signIn(page, /SCT tariff desk/);
  await expect(page.getByText(/You are signed in for another organisation/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Upload monthly actuals' })).toHaveCount(0);

  await page.goto('/service-times/terminals/yict/upload?lang=en');
  await expect(page.getByText("You cannot upload YICT's actuals")).toBeVisible();

  // Asked directly with SCT's own session, the API refuses YICT's edit and nothing changes.
  const token = await tokenOf(page);
  const history = '/api/service-times/terminals/yict/standards/unstuffing/history';
  const before = await (await page.request.get(history)).json();
  const refused = await page.request.post('/api/service-times/terminals/yict/actuals', {
    headers: { Authorization: `Bearer ${token}` },
    data: { rows: [{ month: '2026-10', operation: 'unstuffing', handled: 1, withinLimitPercent: 1 }] },
  });
  expect(refused.status()).toBe(403);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
  expect((await refused.json()).code).toBe('auth.forbidden');
  const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });
  const publish = await page.request.post('/api/service-times/terminals/yict/standards', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      operation: 'unstuffing',
      process: text('Unstuffing'),
      timeLimit: { value: 1, unit: 'hours' },
      clockStart: 'instruction-received',
      commitmentPercent: 99,
      conditions: text('Booked'),
      forceMajeure: text('Typhoons'),
      effectiveFrom: '2099-01-01',
    },
  });
  expect([publish.status(), (await publish.json()).code]).toEqual([403, 'auth.forbidden']);
  expect(await (await page.request.get(history)).json()).toEqual(before);
});

test('“Report a delay” hands the terminal and operation to the hotline without a reload', async ({ page }) => {
  const loads = countDocumentLoads(page);
  await page.goto('/service-times/terminals/sct?lang=en');
  await page.getByRole('link', { name: 'Report a delay: Cargo pick-up at SCT' }).click();
  await expect(page).toHaveURL(/\/hotline/);
  expect(loads()).toBe(1);
  // With the hotline module in the release, its complaint form shows what was handed over.
  const release = (await (await page.request.get('/release.json')).json()) as {
    modules: Array<{ apps: Array<{ route?: string }> }>;
  };
  if (release.modules.some((m) => m.apps.some((app) => app.route === '/hotline'))) {
    await expect(page.getByText('Shekou Container Terminals (SCT) · Cargo pick-up')).toBeVisible();
  }
});
