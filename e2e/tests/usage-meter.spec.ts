import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ORIGINS, recordRequests } from './support.ts';

/** The usage-rate meter (/usage) through the shell: meters, drill-down, projection, data entry. */

// Each journey loads the whole meter (and echarts) through the shell; give a busy machine room.
test.describe.configure({ timeout: 60_000 });

const meters = (page: Page) => page.getByRole('meter');

/** Opens the meter through the shell and waits for its three meters (the first load can be slow). */
async function openMeter(page: Page, url: string) {
  await page.goto(url);
  await expect(meters(page)).toHaveCount(3, { timeout: 30_000 });
}

/** axe-core over the module's own part of the page (the frame has its own checks). */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-module="usage-meter"]').analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

async function signInAsAdmin(page: Page) {
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  await page.getByText(/Single Window team \(demo admin\)/).click();
  await expect(page.getByText('Single Window team (demo admin)')).toBeVisible();
}

test('the meter shows each business toward 100% at once, the charts follow, and axe finds no violations', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await openMeter(page, '/usage?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 2, name: '单一窗口应用率' })).toBeVisible();
  const goods = page.getByRole('article', { name: '货物申报' });
  await expect(goods.getByText(/^\d{2}\.\d%$/)).toBeVisible();
  await expect(goods.getByText('目标：2020年12月31日前达到 100%')).toBeVisible();
  await expect(goods.getByText(/^距目标还差 \d+\.\d 个百分点$/)).toBeVisible();
  await expect(goods.getByText('演示数据')).toBeVisible();
  // The charts are drawn once echarts has loaded, after the meters.
  await expect(page.getByRole('img', { name: /月度应用率折线图/ }).locator('svg')).toBeVisible();
  expect(requests.some((r) => r.url().startsWith(`${ORIGINS.usageMeter}/`) && /echarts/.test(r.url()))).toBe(true);
  // A data table beside every chart, exportable.
  await expect(page.getByRole('table', { name: '深圳全市月度应用率数据表' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '将深圳全市月度应用率数据表导出为 CSV' }).click();
  expect((await download).suggestedFilename()).toBe('单一窗口月度应用率.csv');

  await expectNoAxeViolations(page);
});

test('drilling down by kind of port and by port follows the URL and survives a reload', async ({ page }) => {
  await openMeter(page, '/usage?lang=en');
  await page.getByRole('group', { name: 'Scope' }).getByText('Land ports').click();
  await expect(page).toHaveURL(/mode=land/);
  await expect(page.getByText('Showing: Land ports')).toBeVisible();
  const league = page.getByRole('table', { name: /Ports ranked by Goods declaration usage rate/ });
  await expect(league.getByRole('button', { name: /^Show / })).toHaveCount(4);
  await league.getByRole('button', { name: 'Show Huanggang Port' }).click();
  await expect(page).toHaveURL(/port=huanggang/);
  await expect(page.getByText('Showing: Huanggang Port')).toBeVisible();
  await expect(page.getByRole('table', { name: /Ports ranked/ }).getByRole('button', { name: /^Show / })).toHaveCount(
    1,
  );
  await expect(page.getByRole('img', { name: /Huanggang Port, with the 100% target/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Showing: Huanggang Port')).toBeVisible();
  await page.getByRole('button', { name: 'Back to all of Shenzhen' }).click();
  await expect(page.getByText('Showing: All of Shenzhen')).toBeVisible();
});

test('the projection says when each business reaches 100%, with its method and range', async ({ page }) => {
  await openMeter(page, '/usage?lang=en');
  const table = page.getByRole('table', { name: 'Projection of 100% usage, All of Shenzhen' });
  await expect(table.getByRole('row', { name: /^Goods declaration/ })).toContainText(/[A-Z][a-z]+ 20\d\d/);
  await expect(table.getByRole('row', { name: /^Manifest declaration/ })).toContainText(
    /Reached in [A-Z][a-z]+ 20\d\d/,
  );
  await expect(
    page.getByText(/^Method: a straight line fitted by least squares to the last 12 monthly rates/),
  ).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Business projected' })
    .getByText('Means-of-transport declaration')
    .click();
  await expect(page).toHaveURL(/business=transport/);
  await expect(
    page.getByRole('img', { name: /^Means-of-transport declaration usage rate, All of Shenzhen/ }),
  ).toBeVisible();
});

test('an upload with a bad row is refused line by line and writes nothing; a good one corrects with history', async ({
  page,
}) => {
  await openMeter(page, '/usage?lang=en');
  await signInAsAdmin(page);
  await page.getByRole('navigation', { name: 'Usage rate pages' }).getByRole('link', { name: 'Data entry' }).click();
  await expect(page).toHaveURL(/\/usage\/data-entry/);
  await expect(page.getByRole('heading', { name: 'Usage data entry' })).toBeVisible();

  const before = await (
    await page.request.get('/api/usage/revisions?business=transport&port=pingshan-rail&month=2019-05')
  ).json();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Month,Port,Business,Single-window declarations,All declarations',
        '2019-05,Pingshan Rail Port,transport,80,90',
        '2019-05,Pingshan Rail Port,goods,700,650',
      ].join('\n'),
    ),
  });
  await expect(
    page.getByText('1 row has errors; nothing has been written. Correct the file and choose it again.'),
  ).toBeVisible();
  await expect(page.getByText('Single-window declarations (700) are more than all declarations (650).')).toBeVisible();
  await page.getByLabel('Source of the figures').fill('Shenzhen Customs, corrected May 2019 report');
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expectNoAxeViolations(page);
  expect(
    await (await page.request.get('/api/usage/revisions?business=transport&port=pingshan-rail&month=2019-05')).json(),
  ).toEqual(before);

  await page.locator('input[type="file"]').setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Month,Port,Business,Single-window declarations,All declarations',
        '2019-05,Pingshan Rail Port,transport,80,90',
      ].join('\n'),
    ),
  });
  await expect(page.getByText(/^Correction \(was \d+ \/ \d+\)$/)).toBeVisible();
  await expect(page.getByLabel('Source of the figures')).toHaveValue('Shenzhen Customs, corrected May 2019 report');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('1 row imported')).toBeVisible();
  const after = await (
    await page.request.get('/api/usage/revisions?business=transport&port=pingshan-rail&month=2019-05')
  ).json();
  expect(after.items.map((r: { revision: number; singleWindow: number }) => [r.revision, r.singleWindow])).toEqual([
    [2, 80],
    [1, before.items[0].singleWindow],
  ]);
  await expect(
    page.getByRole('table', { name: 'Recent uploads' }).getByText('Shenzhen Customs, corrected May 2019 report'),
  ).toBeVisible();
});
