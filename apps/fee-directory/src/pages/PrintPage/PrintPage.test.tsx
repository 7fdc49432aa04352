import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { PrintPage } from './PrintPage.tsx';

setupMockApi();

describe('PrintPage', { timeout: 30_000 }, () => {
  it('prints the view of its link and goes back to the catalogue with the same filters', async () => {
    renderFeeDirectory(PrintPage, { url: '/fees/print?q=pilotage&lang=en', locale: 'en' });
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.textContent).toMatch(/pilotage/i);
    expect(screen.getByText(/Search charges: “pilotage”/)).toBeTruthy();
    // The catalogue's filters, not the page's other parameters: the language is the reader's own.
    expect(screen.getByRole('link', { name: 'Back to the catalogue' }).getAttribute('href')).toBe('/fees?q=pilotage');
  });
});
