import { expect, test, type Page } from '@playwright/test';
import { ORIGINS } from './support.ts';

test('a module whose remote entry answers 404 shows an error panel; the frame keeps working; Retry recovers', async ({
  page,
}) => {
  // The entry of whichever fee-directory version the release serves (modules/fee-directory/<version>/).
  const broken = `${ORIGINS.feeDirectory}/modules/fee-directory/*/mf-manifest.json`;
  await page.route(broken, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/fees?lang=en');
  const panel = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Port charges');
  // The frame still works: the language switch re-renders the header and the panel itself.
  await page.getByText('简体', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('暂时无法加载');
  // Navigation still works.
  await page.getByRole('link', { name: '中国（深圳）国际贸易单一窗口' }).click();
  await expect(page.getByRole('heading', { name: '口岸营商环境信息公开' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
  // The remote comes back: Retry loads it in place, without a page reload.
  await page.unroute(broken);
  await page.goBack();
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('a module whose page code fails to load shows its error panel instead of a spinner; Retry reloads the page', async ({
  page,
}) => {
  // The module's entry loads, but its routes (the lazy chunk its mount loads before the first render) do not.
  const broken = `${ORIGINS.hotline}/modules/hotline/*/assets/routes-*.js`;
  await page.route(broken, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/hotline?lang=en');
  const panel = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  // The browser keeps a module script that failed as failed for the page's life: Retry reloads the page.
  await page.unroute(broken);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Retry' }).click()]);
  await expect(page.locator('[data-module="hotline"] a[href^="tel:"]').first()).toBeVisible();
  await expect(panel).toBeHidden();
});

/** The portal inlines its live release in each page: drop it, so the shell fetches /release.json. */
async function withoutInlineRelease(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const block = /<script type="application\/json" id="sw-release"[^>]*>[\s\S]*?<\/script>/;
    const html = await response.text();
    expect(html).toMatch(block);
    await route.fulfill({ status: response.status(), contentType: 'text/html', body: html.replace(block, '') });
  });
}

test('an invalid release manifest shows a clear error page, not a blank one', async ({ page }) => {
  // The shell checks a manifest it fetches (the portal's inline release comes from its store, which
  // checks every release it reads: a release it cannot read is not inlined, and /release.json fails).
  await withoutInlineRelease(page);
  await page.route('**/release.json', (route) =>
    route.fulfill({ json: { schemaVersion: 1, release: { id: 'x' }, modules: [] } }),
  );
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The portal is misconfigured');
  await expect(alert).toContainText('95198');
  await alert.getByText('Technical details').click();
  await expect(alert).toContainText('modules');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a release manifest fetched as something else than JSON also shows the error page', async ({ page }) => {
  await withoutInlineRelease(page);
  await page.route('**/release.json', (route) => route.fulfill({ body: '<html>oops', contentType: 'text/html' }));
  await page.goto('/?lang=zh-HK');
  await expect(page.getByRole('alert')).toContainText('門戶配置有誤');
});

test('an unknown address shows a not-found panel inside the frame', async ({ page }) => {
  await page.goto('/no-such-page?lang=en');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { name: 'Port business environment, in the open' })).toBeVisible();
});
