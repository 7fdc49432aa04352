import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UsageImportRow } from '@sw/contracts';
import { PORTS } from '@sw/mocks';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { UploadPreview } from './UploadPreview.tsx';

const rows = [
  { business: 'goods', port: 'yantian', month: '2021-12', singleWindow: 12_000, total: 12_500 },
  { business: 'manifest', port: 'shekou', month: '2022-01', singleWindow: 10, total: 10 },
  { business: 'transport', port: 'chiwan', month: '2021-12', singleWindow: 'n/a', total: 5 },
];

describe('UploadPreview', () => {
  it('shows each row with its line, rate and what it changes, or what is wrong', () => {
    function Preview() {
      return (
        <UploadPreview
          rows={rows}
          lines={[2, 3, 5]}
          errors={new Map([[2, [{ path: 'rows.2.singleWindow', message: 'x', code: 'usage.count_not_integer' }]]])}
          changes={[
            {
              ...(rows[0] as UsageImportRow),
              change: 'correction',
              previous: { singleWindow: 11_000, total: 12_500, revision: 1 },
            },
            { ...(rows[1] as UsageImportRow), change: 'new' },
          ]}
          names={useUsageNames(PORTS)}
        />
      );
    }
    renderUsageMeter(Preview, { locale: 'en' });
    const [first, second, third] = within(screen.getByRole('table', { name: 'Upload preview' }))
      .getAllByRole('row')
      .slice(1);
    expect(within(first!).getByText('Correction (was 11,000 / 12,500)')).toBeTruthy();
    expect(within(first!).getByText('96.0%')).toBeTruthy();
    expect(within(second!).getByText('New')).toBeTruthy();
    expect(within(second!).getByText('Jan 2022')).toBeTruthy();
    expect(within(third!).getAllByRole('cell')[0]!.textContent).toBe('5');
    expect(within(third!).getByText('Single-window declarations "n/a" is not a whole number.')).toBeTruthy();
  });
});
