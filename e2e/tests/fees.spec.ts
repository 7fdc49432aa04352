import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ORIGINS, SHARED_CHUNKS, SHELL_LIBRARY_COPIES, recordRequests } from './support.ts';

/** A first page load (shell, frame, module and data) may take a while on a busy machine. */
const LOADED = { timeout: 30_000 };

test('the fee list renders through the shell at /fees with real demo data', async ({ page }) => {
  await page.goto('/fees?lang=zh-CN');
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible(LOADED);
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: '引航' }).first()).toBeVisible(LOADED);
  // The frame around it is there too.
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('link', { name: /95198/ })).toBeVisible();
});

test('searching narrows the list and the filters live in a shareable URL', async ({ page }) => {
  await page.goto('/fees?lang=en');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: /Pilotage/ }).first()).toBeVisible(LOADED);
  const before = await rows.count();
  await page.getByRole('searchbox').fill('pilotage');
  await expect(page).toHaveURL(/q=pilotage/);
  await expect.poll(() => rows.count()).toBeLessThan(before);
  for (const text of await rows.allInnerTexts()) {
    if (text.trim()) expect(text.toLowerCase()).toMatch(/pilotage|column|item/);
  }
  // Opening the shared link restores the search.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('searchbox')).toHaveValue('pilotage');
});

test('react, react-dom and antd are each downloaded once across the landing page and /fees, cut to what the modules use', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/?lang=zh-CN');
  await expect(page.getByRole('heading', { name: '口岸营商环境信息公开' })).toBeVisible(LOADED);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '收费目录' }).click();
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible(LOADED);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  const urls = requests.map((r) => r.url());
  for (const [name, pattern] of Object.entries(SHARED_CHUNKS)) {
    expect(
      urls.filter((url) => pattern.test(url)),
      `${name} downloads`,
    ).toHaveLength(1);
  }
  // The release's own copies, not the shell's whole ones beside them.
  expect(urls.filter((url) => SHELL_LIBRARY_COPIES.test(url))).toEqual([]);
  // Both modules really ran: the frame's and the fee directory's own code came from their origins.
  expect(urls.some((url) => url.startsWith(`${ORIGINS.frame}/`))).toBe(true);
  expect(urls.some((url) => url.startsWith(`${ORIGINS.feeDirectory}/`))).toBe(true);
});

// ---------------------------------------------------------------------------------------------
// The full fee directory (issue 4)

/** Picks an option in the open antd select (its options are found by their title). */
async function choose(page: Page, option: string) {
  // The open list once it has stopped moving: antd animates it in (and the previous one out), and a
  // click on an option that is still sliding in can miss it, as a hurried user's would.
  const list = page.locator(
    '.sw-select-dropdown:visible:not([class*="-appear"], [class*="-enter"], [class*="-leave"])',
  );
  await list.getByTitle(option, { exact: true }).click();
}

/** Signs in through the frame's demo login (development API). */
async function signIn(page: Page, who: RegExp) {
  await page.getByRole('button', { name: 'Sign in (demo)' }).click(LOADED);
  await page.getByRole('menuitem', { name: who }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** A demo user's token from the development API, for arranging data the test is not about. */
async function tokenOf(page: Page, user: string): Promise<string> {
  const response = await page.request.post('/api/dev/login', { data: { user } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { token: string }).token;
}

const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });
let serial = 0;
/** A new publicised YICT charge made through the API (the UI path is tested separately). */
async function publiciseByApi(page: Page, name: string) {
  const code = `E2E-${Date.now().toString(36)}-${++serial}`.toUpperCase();
  const response = await page.request.post('/api/fees', {
    headers: { Authorization: `Bearer ${await tokenOf(page, 'operator-yict')}` },
    data: {
      code,
      name: text(name),
      category: 'terminal-handling',
      service: text('Moving boxes at night'),
      standard: { kind: 'fixed', amount: 88, currency: 'CNY' },
      unit: 'container',
      pricingType: 'market-regulated',
      legalBasis: { title: text('Price Law') },
      payment: text('Cash'),
      ports: ['yantian'],
      effectiveFrom: '2030-01-01',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; code: string };
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-module="fee-directory"]').analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`,
  );
  expect(found).toEqual([]);
}

test('pinyin finds pilotage, and filters restore from the URL', async ({ page }) => {
  test.slow(); // axe-core over a full page takes a while on a busy machine
  await page.goto('/fees?lang=zh-CN');
  await page.getByRole('searchbox', { name: '搜索收费项目' }).fill('yinhang', LOADED);
  await expect(page).toHaveURL(/q=yinhang/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: '引航（移泊）费' }).first()).toBeVisible(LOADED); // pinyin keys come a moment later
  await expect.poll(async () => (await rows.allInnerTexts()).filter((t) => t.includes('码头作业费')).length).toBe(0);

  await page.goto('/fees?lang=zh-CN&port=huanggang&status=effective');
  const search = page.getByRole('search', { name: '筛选条件' });
  await expect(search.getByText('皇岗口岸')).toBeVisible(LOADED);
  await expect(search.getByText('执行中')).toBeVisible();
  const data = rows.filter({ has: page.getByRole('cell') });
  await expect(data.first()).toBeVisible();
  for (const row of await data.allInnerTexts()) {
    expect(row).toContain('皇岗口岸');
    expect(row).toContain('执行中');
  }
  await expectNoAxeViolations(page);
});

test('an item page shows its history with the 2022 pilotage cut, and the reductions list it', async ({ page }) => {
  test.slow(); // axe-core over a full page takes a while on a busy machine
  await page.goto('/fees?lang=en&q=PI-001');
  await page.getByRole('link', { name: /Pilotage and shifting \(international-route ships, Yantian\)/ }).click(LOADED);
  await expect(page).toHaveURL(/\/fees\/fee-pilotage-yantian/);
  await expect(page.getByRole('heading', { level: 2, name: /Pilotage and shifting/ })).toBeVisible();
  const history = page.getByRole('table', { name: 'Changes of this charge' });
  await expect(history.getByRole('row').filter({ hasText: 'New standard' })).toContainText('-15%');
  await expect(page.getByRole('img', { name: /Standard of Pilotage/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Port charges pages' }).getByRole('link', { name: 'Reductions' }).click();
  await page.getByLabel('Since').fill('2022-03-31');
  await expect(page).toHaveURL(/since=2022-03-31/);
  const cuts = page.getByRole('table', { name: 'Reductions' });
  await expect(cuts.getByRole('row').filter({ hasText: 'Yantian' }).filter({ hasText: '-15%' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the estimator itemises published charges in force, and its link reproduces the estimate', async ({ page }) => {
  test.slow(); // axe-core over a full page takes a while on a busy machine
  await page.goto('/fees/estimate?lang=en&port=yantian&direction=export&containers20=2&containers40=1');
  const result = page.getByRole('table', { name: 'Estimate' });
  await expect(result.getByRole('row').filter({ hasText: 'Terminal handling charge (THC, 20-ft)' })).toContainText(
    'CN¥1,640.00',
    LOADED,
  );
  await expect(
    result
      .getByRole('row')
      .filter({ hasText: 'Customs declaration, export' })
      .or(result.getByRole('row').filter({ hasText: 'export' }))
      .first(),
  ).toBeVisible();
  // Publicised items are never estimated.
  await expect(result).not.toContainText('Gate appointment');
  const total = await page.getByTestId('estimate-total').innerText();
  await page.getByLabel("40' containers").fill('3');
  await expect(page).toHaveURL(/containers40=3/);
  await expect(page.getByTestId('estimate-total')).not.toHaveText(total);
  const shared = page.url();
  const changedTotal = await page.getByTestId('estimate-total').innerText();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByTestId('estimate-total')).toHaveText(changedTotal, { timeout: 30_000 });
  await expectNoAxeViolations(page);
});

test('publicity: an operator publicises a charge, the public objects, the regulator dismisses; another is upheld and withdrawn', async ({
  page,
}) => {
  test.slow();
  // The operator publicises a new charge through the form.
  await page.goto('/fees/manage?lang=en');
  await signIn(page, /YICT tariff desk/);
  await page.getByRole('button', { name: 'New charge' }).click();
  const drawer = page.getByRole('dialog');
  const code = `E2E-UI-${Date.now().toString(36)}`.toUpperCase();
  await drawer.getByLabel('Code').fill(code);
  const texts: Array<[group: string, zhCN: string, zhHK: string, en: string]> = [
    ['Item', '夜间理货服务费', '夜間理貨服務費', 'Night tally service (e2e)'],
    ['Service rendered and why it is charged', '夜间理货', '夜間理貨', 'Tallying cargo at night'],
    ['Legal basis', '价格法', '價格法', 'Price Law'],
    ['When and how it is paid', '现付', '現付', 'Cash'],
  ];
  for (const [group, zhCN, zhHK, en] of texts) {
    const fields = drawer.getByRole('group', { name: group });
    await fields.getByLabel('Simplified Chinese').fill(zhCN);
    await fields.getByLabel('Traditional Chinese').fill(zhHK);
    await fields.getByLabel('English').fill(en);
  }
  await drawer.getByLabel('Category').click();
  await choose(page, 'Terminal handling');
  await drawer.getByLabel('Amount (CNY)').fill('60');
  await drawer.getByLabel('Unit', { exact: true }).click();
  await choose(page, 'container (any size)');
  await drawer.getByLabel('Pricing type').click();
  await choose(page, 'Market-regulated');
  await drawer.getByLabel('Port(s)').click();
  await choose(page, 'Yantian Port');
  await drawer.getByLabel('Chargeable from').fill('2030-01-01');
  await drawer.getByRole('button', { name: 'Publicise' }).click();
  await expect(page.getByText(/Publicised: objections may be lodged until/)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Under publicity');

  // The public objects on the item's page (signed out).
  await row.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText(/working days? left to object/)).toBeVisible();
  await page.getByLabel('Reasons').fill('Night tallying is part of the terminal handling already charged.');
  await page.getByLabel('E-mail').fill('trader@example.com');
  await page.getByRole('button', { name: 'Submit objection' }).click();
  await expect(page.getByText(/Objection received, reference OBJ-/)).toBeVisible();
  const itemUrl = page.url();

  // A second charge, objected to as well, whose objection will be upheld.
  const second = await publiciseByApi(page, 'Cargo visit surcharge (e2e)');
  await page.goto(`/fees/${second.id}?lang=en`);
  await page.getByLabel('Reasons').fill('A visit to the cargo is not a service of the terminal.');
  await page.getByRole('button', { name: 'Submit objection' }).click();
  await expect(page.getByText(/Objection received/)).toBeVisible();

  // The regulator decides both.
  await page.goto('/fees/objections?lang=en');
  await signIn(page, /Market Regulation Bureau/);
  const first = page.locator('.sw-card').filter({ hasText: 'Night tally service (e2e)' });
  await first.getByLabel('Dismiss (publicity continues)').check();
  await first.getByLabel('Reasons for the decision').fill('Night tallying is a separate, optional service.');
  await first.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText('Objection dismissed.')).toBeVisible();
  const other = page.locator('.sw-card').filter({ hasText: 'Cargo visit surcharge (e2e)' });
  await other.getByLabel('Uphold (withdraw the charge or raise)').check();
  await other.getByLabel('Reasons for the decision').fill('No service is rendered for this charge.');
  await other.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText(/Objection upheld/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Dismissed: still under publicity, the decision in its history. Upheld: withdrawn.
  await page.goto(itemUrl);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.locator('article').getByText('Under publicity').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Changes of this charge' })).toContainText(
    'Night tallying is a separate, optional service.',
  );
  await page.goto(`/fees/${second.id}?lang=en`);
  await expect(page.locator('article').getByText('Withdrawn').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Changes of this charge' })).toContainText('Objection upheld');
});

test('an operator import with a bad row writes nothing; another operator cannot change a YICT charge', async ({
  page,
}) => {
  test.slow(); // axe-core over a full page takes a while on a busy machine
  await page.goto('/fees/manage?lang=en');
  await signIn(page, /YICT tariff desk/);
  await page.getByRole('button', { name: 'Import list' }).click();
  const header =
    'code,name_zh_cn,name_zh_hk,name_en,category,unit,pricing_type,amount,service_zh_cn,service_zh_hk,service_en,legal_basis_zh_cn,legal_basis_zh_hk,legal_basis_en,payment_zh_cn,payment_zh_hk,payment_en,ports,effective_from';
  const good =
    'IMP-E2E-1,夜间费,夜間費,Night fee,terminal-handling,container,market-regulated,50,服务,服務,Service,价格法,價格法,Price Law,现付,現付,Cash,yantian,2030-01-01';
  const bad =
    'IMP-E2E-2,夜间费二,夜間費二,Night fee 2,terminal-handling,box,market-regulated,fifty,服务,服務,Service,价格法,價格法,Price Law,现付,現付,Cash,atlantis,2030-13-01';
  await page.locator('input[type=file]').setInputFiles({
    name: 'charges.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\n${good}\n${bad}\n`),
  });
  const dialog = page.getByRole('dialog', { name: 'Import a list' });
  await expect(dialog.getByText(/1 row has errors/)).toBeVisible();
  const problems = dialog.getByRole('table', { name: 'Rows with errors' });
  await expect(problems).toContainText('unit: not one of the allowed values');
  await expect(problems).toContainText('amount: not a number');
  await expect(dialog.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const listed = await page.request.get('/api/fees?q=IMP-E2E');
  expect(((await listed.json()) as { total: number }).total).toBe(0);

  // SCT's operator sees no edit controls on a YICT charge, and the API refuses the change.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, /SCT tariff desk/);
  await page.goto('/fees/fee-thc-yantian-20?lang=en');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  const refused = await page.request.patch('/api/fees/fee-thc-yantian-20', {
    headers: { Authorization: `Bearer ${await tokenOf(page, 'operator-sct')}` },
    data: { standard: { kind: 'fixed', amount: 1, currency: 'CNY' } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: string }).code).toBe('auth.forbidden');
  await page.goto('/fees/manage?lang=en');
  await expect(page.getByRole('table', { name: 'My charges' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('"Report this charge" opens the hotline complaint form pre-filled, or gives the hotline number', async ({
  page,
}) => {
  await page.goto('/fees/fee-thc-yantian-20?lang=en');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  const release = (await (await page.request.get('/release.json')).json()) as { modules: Array<{ name: string }> };
  if (release.modules.some((module) => module.name === 'hotline')) {
    await page.getByRole('link', { name: 'Report this charge' }).click();
    await expect(page).toHaveURL(/\/hotline/);
  } else {
    await expect(page.getByText('To complain about this charge, call the hotline')).toBeVisible();
    await expect(page.locator('[data-module="fee-directory"]').getByRole('link', { name: '95198' })).toHaveAttribute(
      'href',
      'tel:95198',
    );
  }
});
