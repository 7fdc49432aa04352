import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support.ts';

/**
 * Hotline and complaint intake (/hotline) through the shell: the directory and chooser, filing with
 * the keyboard alone, the never-lost guarantees (offline then reconnect, double submit, reload
 * mid-draft: one ticket each), tracking, a staff reply the submitter reads, a disguised attachment
 * refused, and the form pre-filled from the fee directory.
 */

// Each journey loads the module through the shell on a busy machine.
test.describe.configure({ timeout: 90_000 });

const FORM = { name: 'Complaint form' };

async function openForm(page: Page) {
  await page.goto('/hotline/complaint?lang=en');
  // The first visit loads the module (and antd) through the shell: slow on a busy machine.
  await expect(page.getByRole('form', FORM)).toBeVisible({ timeout: 30_000 });
}

/** Fills a valid complaint; the description makes it findable in the queue. */
async function fillComplaint(page: Page, description: string) {
  await page.getByRole('radio', { name: 'Port charges' }).check();
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Name').fill('Li Wei');
  await page.getByLabel('Phone', { exact: true }).fill('138 1234 5678');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
}

/** How many tickets hold this text, asked as the admin (personal data stays out of the URL: the search is the text). */
async function ticketsWith(page: Page, text: string): Promise<number> {
  const login = await page.request.post('/api/dev/login', { data: { user: 'admin' } });
  const { token } = (await login.json()) as { token: string };
  const response = await page.request.get(`/api/complaints?q=${encodeURIComponent(text)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { total: number }).total;
}

const unique = (what: string) => `${what} — ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test('the directory publishes 95198 and 12360 as dialable links and the chooser points to the right line; axe finds nothing', async ({
  page,
}) => {
  await page.goto('/hotline?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Hotlines and complaints' })).toBeVisible({
    timeout: 30_000,
  });
  const module = page.locator('[data-module="hotline"]');
  await expect(
    module.getByRole('link', { name: '12360 · In the Shenzhen customs district (Shenzhen, Huizhou)' }),
  ).toHaveAttribute('href', 'tel:12360');
  await expect(module.getByRole('link', { name: '0755-12360 · Elsewhere in the mainland' })).toHaveAttribute(
    'href',
    'tel:+8675512360',
  );
  await module.getByRole('radio', { name: 'Clearance process' }).check();
  await module.getByRole('radio', { name: 'Elsewhere in the mainland' }).check();
  await expect(module.locator('[aria-live="polite"]').getByRole('link').first()).toHaveText('0755-12360');
  await expectNoAxeViolations(page, 'hotline');
});

test('a complaint can be filed with the keyboard alone, and the receipt gives the ticket number; axe finds nothing on the form', async ({
  page,
}) => {
  const description = unique('Keyboard only: charged a night-shift surcharge at Shekou');
  await openForm(page);
  await expectNoAxeViolations(page, 'hotline');
  await page.getByRole('radio', { name: 'Complaint' }).focus();
  await page.keyboard.press('Tab'); // to the categories
  await page.keyboard.press('Space'); // the first: port charges
  await expect(page.getByRole('radio', { name: 'Port charges' })).toBeChecked();
  await page.keyboard.press('Tab'); // related item
  await page.keyboard.press('Tab'); // description
  await page.keyboard.type(description);
  await page.keyboard.press('Tab'); // attach
  await page.keyboard.press('Tab'); // name
  await page.keyboard.type('Li Wei');
  await page.keyboard.press('Tab'); // phone region
  await page.keyboard.press('Tab'); // phone
  await page.keyboard.type('13812345678');
  await page.keyboard.press('Tab'); // e-mail
  await page.keyboard.press('Tab'); // reply language
  await page.keyboard.press('Tab'); // privacy notice
  await page.keyboard.press('Tab'); // consent
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /privacy notice/ })).toBeChecked();
  await page.keyboard.press('Tab'); // submit
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-number')).toHaveText(/^HL-\d{8}-[0-9A-Z]{6}$/);
  await expect(page.getByText('Shenzhen Administration for Market Regulation')).toBeVisible();
  expect(await ticketsWith(page, description)).toBe(1);
});

test('filed while offline, it is sent when the connection returns: exactly one ticket', async ({ page, context }) => {
  const description = unique('Offline: waited three hours for a priority inspection');
  await openForm(page);
  await fillComplaint(page, description);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText(/You are offline\. Your complaint is saved/)).toBeVisible();
  await page.waitForTimeout(1500); // a retry or two while still offline
  await context.setOffline(false);
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  expect(await ticketsWith(page, description)).toBe(1);
});

test('a double submit makes one ticket', async ({ page }) => {
  const description = unique('Double click: bundled agency fee per tonne');
  await openForm(page);
  await fillComplaint(page, description);
  await page.getByRole('button', { name: 'Submit' }).dblclick();
  await expect(page.getByTestId('ticket-number')).toBeVisible();
  expect(await ticketsWith(page, description)).toBe(1);
});

test('a reload mid-draft restores everything typed', async ({ page }) => {
  await openForm(page);
  await page.getByRole('radio', { name: 'Terminal service times' }).check();
  await page.getByLabel('Description').fill('The truck queued two hours at the gate for a booked slot.');
  await page.getByLabel('E-mail').fill('li.wei@example.com');
  await page.waitForTimeout(600); // the draft is saved a moment after typing stops
  await page.reload();
  await expect(page.getByText(/Your unsent draft from .* has been restored/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Description')).toHaveValue('The truck queued two hours at the gate for a booked slot.');
  await expect(page.getByLabel('E-mail')).toHaveValue('li.wei@example.com');
  await expect(page.getByRole('radio', { name: 'Terminal service times' })).toBeChecked();
});

test('a disguised attachment is refused with a clear message, a real PDF is attached', async ({ page }) => {
  await openForm(page);
  const input = page.getByTestId('attachment-input');
  await input.setInputFiles({
    name: 'invoice.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'),
  });
  await expect(
    page.getByText(/this file is not an image \(JPEG, PNG, GIF, WebP\) or a PDF, whatever its name says/),
  ).toBeVisible();
  await input.setInputFiles({
    name: 'receipt.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%demo\n'),
  });
  await expect(page.getByText('Attached')).toBeVisible();
  // The server judges by content too: a PNG named .pdf sent straight to the API is refused.
  const response = await page.request.put(`/api/complaints/attachments/${crypto.randomUUID()}`, {
    data: {
      name: 'photo.pdf',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64'),
    },
  });
  expect([response.status(), ((await response.json()) as { code: string }).code]).toEqual([
    415,
    'attachment.type_mismatch',
  ]);
});

test('a staff reply is seen by the submitter when tracking by ticket number and phone', async ({ page }) => {
  const description = unique('Staff reply: pilotage billed at the old base rate');
  const filed = await page.request.post('/api/complaints', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: {
      type: 'complaint',
      category: 'port-charges',
      description,
      contact: { name: 'Chan Tai Man', phone: '+85291234567' },
      preferredLocale: 'en',
      attachments: [],
      consent: true,
      privacyNoticeVersion: '2026-01',
    },
  });
  expect(filed.status()).toBe(201);
  const { ticketNumber } = (await filed.json()) as { ticketNumber: string };

  // The market regulator finds it in the queue and replies.
  await page.goto('/hotline/staff?lang=en');
  await expect(page.getByText('For staff only')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Sign in (demo)' }).click();
  await page.getByRole('menuitem', { name: /Market Regulation Bureau/ }).click();
  await page.getByRole('searchbox', { name: 'Search tickets' }).fill(ticketNumber);
  await page.getByRole('searchbox', { name: 'Search tickets' }).press('Enter');
  await page.getByRole('link', { name: ticketNumber }).click();
  await expect(page.getByText('Chan Tai Man')).toBeVisible(); // in full on the ticket page only
  await expectNoAxeViolations(page, 'hotline');
  await page.getByLabel('Reply', { exact: true }).fill('We have asked the pilot station for the bill details.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The submitter tracks it.
  await page.goto(`/hotline/track?ticket=${ticketNumber}&lang=en`);
  await expect(page.getByRole('form', { name: 'Track a ticket' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('combobox', { name: 'Phone region' }).click();
  await page.getByTitle('+852 Hong Kong').click();
  await page.getByLabel('Phone number you gave').fill('9123 4567');
  await page.getByRole('button', { name: 'Track' }).click();
  await expect(page.getByText('We have asked the pilot station for the bill details.')).toBeVisible();
  await expect(page.getByText('Replied').first()).toBeVisible();
  await expect(page.getByText(/demo regulator/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'hotline');
});

test('"Report this charge" in the fee directory opens the form pre-filled with the charge', async ({ page }) => {
  await page.goto('/fees/fee-thc-yantian-20?lang=en');
  await page.getByRole('link', { name: 'Report this charge' }).click();
  await expect(page).toHaveURL(/\/hotline\/complaint/);
  await expect(page.getByRole('form', FORM)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Port charges' })).toBeChecked();
  await expect(page.getByText(/^Port charge: .+/)).toBeVisible();
  // Taken once: a reload shows the draft it became, not a second pre-fill.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByText(/^Port charge: .+/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/but you have an unsent draft/)).toHaveCount(0);
});
