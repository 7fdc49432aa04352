import { expect, test } from '@playwright/test';

test('the landing page lists the five modules with one line each and opens a live one', async ({ page }) => {
  await page.goto('/?lang=en');
  const cards = page.locator('[data-module="frame"] section');
  for (const name of ['Port charges', 'Clearance guide', 'Terminal times', 'Hotline & complaints', 'Usage rate']) {
    await expect(cards.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(cards.getByText('Every port charge', { exact: false })).toBeVisible();
  await cards.getByRole('link', { name: 'Open' }).first().click();
  await expect(page).toHaveURL(/\/fees/);
  await expect(page.getByRole('heading', { name: 'Port charges' })).toBeVisible();
  // The hotline footer is on every page, with dialable links.
  await expect(page.getByRole('link', { name: /95198/ })).toHaveAttribute('href', 'tel:95198');
  await expect(page.getByRole('link', { name: '12360', exact: true })).toHaveAttribute('href', 'tel:12360');
});
