import { expect, test } from '@playwright/test';
import { ORIGINS, SHARED_CHUNKS, recordRequests } from './support.ts';

test('the fee list renders through the shell at /fees with real demo data', async ({ page }) => {
  await page.goto('/fees?lang=zh-CN');
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: '引航' }).first()).toBeVisible();
  // The frame around it is there too.
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('link', { name: /95198/ })).toBeVisible();
});

test('searching narrows the list and the filters live in a shareable URL', async ({ page }) => {
  await page.goto('/fees?lang=en');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: /Pilotage/ }).first()).toBeVisible();
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

test('react, react-dom and antd are each downloaded once across the landing page and /fees', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/?lang=zh-CN');
  await expect(page.getByRole('heading', { name: '口岸营商环境信息公开' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '收费目录' }).click();
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  const urls = requests.map((r) => r.url());
  for (const [name, pattern] of Object.entries(SHARED_CHUNKS)) {
    expect(
      urls.filter((url) => pattern.test(url)),
      `${name} downloads`,
    ).toHaveLength(1);
  }
  // Both modules really ran: the frame's and the fee directory's own code came from their origins.
  expect(urls.some((url) => url.startsWith(`${ORIGINS.frame}/`))).toBe(true);
  expect(urls.some((url) => url.startsWith(`${ORIGINS.feeDirectory}/`))).toBe(true);
});
