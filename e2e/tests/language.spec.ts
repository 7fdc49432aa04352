import { expect, test } from '@playwright/test';
import { countDocumentLoads, recordRequests } from './support.ts';

test('?lang=en shows English and sets <html lang>', async ({ page }) => {
  await page.goto('/fees?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Port charges' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('switching language re-renders every module without reloading, and the choice persists', async ({ page }) => {
  // The fee directory loads its pinyin search keys on its own after the list: wait for them (on a busy
  // machine the network can be idle for a moment before), so only the switch's requests count.
  const searchKeys = page.waitForResponse(/\/pinyinKeys-[\w-]+\.js$/);
  await page.goto('/fees?lang=zh-CN');
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
  await searchKeys;
  await page.waitForLoadState('networkidle');
  const documentLoads = countDocumentLoads(page);
  const requests = recordRequests(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Frame (header, footer) and the fee directory all switched.
  await expect(page.getByRole('heading', { name: 'Port charges' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByText('Customs hotline')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Charging body' })).toBeVisible();
  expect(documentLoads()).toBe(0);
  expect(requests.filter((r) => r.resourceType() === 'script').map((r) => r.url())).toEqual([]);
  // A stale ?lang= must not undo the choice on reload.
  await expect(page).toHaveURL(/lang=en/);
  await page.goto('/fees');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByText('繁體', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await expect(page.getByRole('heading', { name: '口岸收費目錄' })).toBeVisible();
});
