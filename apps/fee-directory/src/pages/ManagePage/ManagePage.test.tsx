import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEES } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { ManagePage } from './ManagePage.tsx';

setupMockApi();

describe('ManagePage', { timeout: 30_000 }, () => {
  it('asks the public to sign in as an operator', async () => {
    renderFeeDirectory(ManagePage, { url: '/fees/manage', locale: 'zh-HK' });
    expect(await screen.findByText('供收費單位使用')).toBeTruthy();
  });

  it("lists the operator's own charges only", async () => {
    renderFeeDirectory(ManagePage, { url: '/fees/manage', locale: 'en', user: 'operator-sct' });
    const table = await screen.findByRole('table', { name: 'My charges' });
    const own = FEES.filter((fee) => fee.chargingBody.id === 'sct');
    await within(table).findByText(own[0]!.name.en, {}, { timeout: 10_000 });
    expect(within(table).queryByText('Terminal handling charge (THC, 20-ft)', { selector: 'a' })).toBeTruthy(); // SCT's own THC
    expect(within(table).queryByText('Reefer terminal handling charge (40-ft)')).toBeNull(); // YICT's
    expect(screen.getByRole('button', { name: /New charge/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Import list/ })).toBeTruthy();
  });
});
