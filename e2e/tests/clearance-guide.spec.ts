import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ORIGINS } from './support.ts';

/**
 * The clearance guide through the shell: browse and filter, compare two ways, plan a shipment to a
 * printable checklist, and an agency's proposal through review (published, or sent back with a
 * comment), with another agency refused. The in-memory database is shared by the run's workers,
 * so each journey works on steps of its own.
 */

/** A page signed in as a demo user: the portal's dev login, the session where the shell keeps it. */
async function pageAs(browser: Browser, baseURL: string | undefined, user: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post('/api/dev/login', { data: { user } });
  expect(response.ok()).toBe(true);
  const { token, user: principal, expiresAt } = (await response.json()) as Record<string, unknown>;
  await context.addInitScript(
    (session) => sessionStorage.setItem('sw.session', session),
    JSON.stringify({ token, user: principal, expiresAt }),
  );
  return context.newPage();
}

// Each journey loads the suite in one or more fresh pages; on a busy 2-core machine that takes a while.
test.describe.configure({ timeout: 90_000 });

/** The first look after opening a page: the shell, the frame and the module load (slowly on a busy machine). */
const LOADED = { timeout: 30_000 };

/** No violations of WCAG 2.1 A/AA rules in the module's own part of the page. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[data-module="clearance-guide"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('browse and filter: the list narrows by mode in a shareable URL, a procedure shows its steps and links to the fee directory', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/clearance?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Clearance guide' })).toBeVisible(LOADED);
  await expect(page.getByRole('article').first()).toBeVisible();
  const all = await page.getByRole('article').count();
  await expectAccessible(page);

  await page.getByLabel('Transport mode').click();
  await page.getByTitle('Air', { exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Clearance guide' }).click(); // closes the option list
  await expect(page).toHaveURL(/mode=air/);
  // Typing keeps the focus in the search box while the URL follows.
  const search = page.getByRole('searchbox', { name: 'Search procedures' });
  await search.pressSequentially('advance', { delay: 80 });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('advance');
  await expect(page).toHaveURL(/q=advance/);
  await expect(page.getByRole('article')).toHaveCount(1);
  await search.clear();
  await expect.poll(() => page.getByRole('article').count()).toBeLessThan(all);
  await expect(
    page.getByRole('article', { name: "Air import at Bao'an Airport (standard declaration)" }),
  ).toBeVisible();

  // The shared link restores the view.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByRole('article', { name: "Air import at Bao'an Airport (advance declaration)" })).toBeVisible(
    LOADED,
  );
  await other.close();

  await page.getByRole('link', { name: "Air import at Bao'an Airport (standard declaration)" }).click();
  await expect(page).toHaveURL(/\/clearance\/procedures\/baoan-air-import-standard/);
  const steps = page.getByRole('list', { name: 'Steps in order' });
  await expect(steps.getByRole('heading', { name: 'Step 1: Arrival, tally and air manifest' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Totals' })).toContainText('Total time limit');
  await expect(page.getByRole('table', { name: 'Document checklist' })).toContainText('Air waybill');
  await expectAccessible(page);
  expect(requests.some((url) => url.startsWith(`${ORIGINS.clearanceGuide}/`))).toBe(true);

  await page
    .getByRole('link', { name: /Customs declaration \(air\).*open in the fee directory/ })
    .first()
    .click();
  // The fee directory opens the linked item itself (the feeId travels in the navigation payload).
  await expect(page).toHaveURL(/\/fees\/fee-broker-air$/);
});

test('compare: standard against advance declaration shows the steps that change and the time saved', async ({
  page,
}) => {
  await page.goto('/clearance/procedures/yantian-sea-import-standard?lang=en');
  await page.getByRole('link', { name: 'Compare with another way' }).click();
  await expect(page).toHaveURL(/\/clearance\/compare\?a=yantian-sea-import-standard&b=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Compare two ways' })).toBeVisible(LOADED);
  await expect(page.getByRole('status').filter({ hasText: /saves about/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Steps compared' });
  await expect(table.getByRole('row').filter({ hasText: 'Advance import declaration' })).toContainText('Changed');
  await expect(table.getByRole('row').filter({ hasText: 'Inbound manifest filing' })).toContainText('Same');
  await expectAccessible(page);
});

test('my shipment: six questions lead to a printable checklist that opens again from its link', async ({ page }) => {
  await page.goto('/clearance?lang=en');
  await page.getByRole('link', { name: 'Plan my shipment' }).click();
  const answer = async (option: string) => {
    await page.getByRole('radio', { name: option }).check();
    await page.getByRole('button', { name: 'Next' }).click();
  };
  await answer('Export');
  await answer('Road');
  await answer('Huanggang Port');
  await answer('Fresh produce for Hong Kong / Macao');
  await expectAccessible(page);
  await answer('Green channel');
  await page.getByRole('spinbutton', { name: 'Number of trucks' }).fill('2');
  await page.getByRole('button', { name: 'Show my checklist' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'My shipment checklist' })).toBeVisible();
  const steps = page.getByRole('table', { name: 'Your steps' });
  await expect(steps).toContainText('Clearance appointment');
  await expect(steps).toContainText('Priority inspection');
  await expect(page.getByRole('table', { name: 'Document checklist' })).toContainText(
    'Inspection and quarantine certificate',
  );
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectAccessible(page);
  const link = page.url();
  expect(link).toMatch(/direction=export&mode=road&port=huanggang&cargo=fresh-produce&variant=green-channel&units=2/);

  // Printing leaves out the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const shared = await page.context().newPage();
  await shared.goto(link);
  await expect(shared.getByRole('table', { name: 'Your steps' })).toContainText('Fast release', LOADED);
});

test('draft, review, publish: customs proposes a change, the single-window team approves, a new version is public', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // two users, the whole step form and three accessibility scans
  const customs = await pageAs(browser, baseURL, 'operator-customs');
  await customs.goto('/clearance/manage?lang=en');
  await expect(customs.getByRole('heading', { level: 2, name: 'Agency workspace' })).toBeVisible(LOADED);
  await customs.goto('/clearance/manage/new?procedure=yantian-sea-import-standard&step=release&lang=en');
  await customs.getByRole('spinbutton', { name: 'Time limit' }).fill('60');
  await customs
    .getByRole('textbox', { name: 'What changes and why' })
    .fill('Release within one hour of the last check');
  await customs.getByRole('button', { name: 'Save draft' }).click();
  await expect(customs).toHaveURL(/\/clearance\/manage\/drafts\//);
  await expect(customs.getByText('Draft', { exact: true })).toBeVisible();
  await expectAccessible(customs);
  await customs.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(customs.getByText('Waiting for review by the single-window team.')).toBeVisible();
  const draftUrl = new URL(customs.url()).pathname;

  const admin = await pageAs(browser, baseURL, 'admin');
  await admin.goto('/clearance/manage?lang=en');
  await admin
    .getByRole('table', { name: /All proposals/ })
    .getByRole('link', { name: /Sea import at Yantian \(standard declaration\) · Customs release/ })
    .click();
  await expect(admin).toHaveURL(new RegExp(draftUrl));
  await admin.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(admin.getByText('Published', { exact: true })).toBeVisible();

  const reader = await browser.newPage({ baseURL });
  await reader.goto('/clearance/procedures/yantian-sea-import-standard?lang=en');
  await expect(reader.getByText(/Version 2, published/)).toBeVisible(LOADED);
  await reader.getByRole('link', { name: 'Version history' }).click();
  await expect(reader.getByText('Release within one hour of the last check')).toBeVisible();
  await expect(reader.getByText('Changed "Customs release": times.')).toBeVisible();
  await reader.getByRole('link', { name: 'View version 1' }).click();
  await expect(reader.getByText(/You are looking at version 1/)).toBeVisible();
});

test('a rejection with its comment: the agency sees why and can edit again', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const customs = await pageAs(browser, baseURL, 'operator-customs');
  await customs.goto('/clearance/manage/new?procedure=huanggang-road-export-standard&step=release&lang=zh-CN');
  await customs.getByRole('textbox', { name: '修改内容及理由' }).fill('夜间放行由值班科办理');
  await customs.getByRole('button', { name: '保存草稿' }).click();
  await customs.getByRole('button', { name: '保存并提交审核' }).click();
  await expect(customs.getByText('等待单一窗口团队审核。')).toBeVisible();
  const draftUrl = new URL(customs.url()).pathname;

  const admin = await pageAs(browser, baseURL, 'admin');
  await admin.goto(`${draftUrl}?lang=zh-CN`);
  // antd spaces out two-character Chinese button labels ("退 回").
  const sendBack = admin.getByRole('button', { name: /^退\s*回$/ });
  await sendBack.click();
  await expect(admin.getByText('请说明退回理由，便于单位修改。').first()).toBeVisible();
  await admin.getByRole('textbox', { name: '给单位的意见' }).fill('请写明值班科的电话和办公时间。');
  await sendBack.click();
  await expect(admin.getByText('已退回', { exact: true })).toBeVisible();

  await customs.reload();
  // A reload on a busy machine: give the draft and its procedure time to load.
  await expect(customs.getByText('请写明值班科的电话和办公时间。')).toBeVisible({ timeout: 30_000 });
  await expect(customs.getByRole('button', { name: '保存并提交审核' })).toBeVisible();
  await expectAccessible(customs);
});

test("one agency is refused another agency's step, in the page and by the API", async ({ browser, baseURL }) => {
  const yict = await pageAs(browser, baseURL, 'operator-yict');
  await yict.goto('/clearance/manage/new?procedure=yantian-sea-import-standard&step=declaration&lang=en');
  await expect(yict.getByText("You may only propose changes to your own agency's steps.")).toBeVisible(LOADED);
  await expect(yict.getByRole('button', { name: 'Save draft' })).toHaveCount(0);

  const refused = await yict.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('sw.session') ?? 'null') as { token: string };
    const procedure = await (await fetch('/api/clearance/procedures/yantian-sea-import-standard')).json();
    const {
      id: _id,
      agencyId: _agency,
      ...content
    } = procedure.steps.find((s: { id: string }) => s.id === 'declaration');
    const response = await fetch('/api/clearance/drafts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ procedureId: 'yantian-sea-import-standard', stepId: 'declaration', content, note: 'x' }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(refused).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });

  // Its own steps it may propose changes to.
  await yict.goto('/clearance/manage?lang=en');
  await expect(yict.getByRole('table', { name: "Your agency's steps" }).getByRole('link').first()).toBeVisible(LOADED);
});
