import { expect, test } from '@playwright/test';

test('a demo operator signs in from the header; the session follows across modules and signs out', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  await page.getByText(/YICT tariff desk/).click();
  await expect(page.getByText('YICT tariff desk (demo operator)')).toBeVisible();
  // The API now knows the user: the token reaches /api from any module.
  const me = await page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('sw.session') ?? 'null') as { token: string } | null;
    const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${session?.token}` } });
    return response.json();
  });
  expect(me).toMatchObject({ id: 'operator-yict', role: 'operator', organisationId: 'yict' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Port charges' }).click();
  await expect(page.getByText('YICT tariff desk (demo operator)')).toBeVisible();
  await page.reload();
  await expect(page.getByText('YICT tariff desk (demo operator)')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in (demo)' })).toBeVisible();
});
