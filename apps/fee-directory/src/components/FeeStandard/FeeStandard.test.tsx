import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeeStandard as FeeStandardValue } from '@sw/contracts';
import { text } from '../../testing/feeFixture.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeStandard } from './FeeStandard.tsx';

const fixed: FeeStandardValue = { kind: 'fixed', amount: 41650, currency: 'CNY' };
const formula: FeeStandardValue = {
  kind: 'formula',
  formula: text('每净吨 0.085 元', '每淨噸 0.085 元', '0.085 yuan per net ton'),
  indicativeAmount: 0.085,
  currency: 'CNY',
};

describe('FeeStandard', () => {
  it("formats a fixed amount as money in the reader's language", () => {
    const { host } = renderFeeDirectory(() => <FeeStandard standard={fixed} />);
    expect(screen.getByText('¥41,650.00')).toBeTruthy();
    act(() => host.locale.set('en'));
    expect(screen.getByText('CN¥41,650.00')).toBeTruthy();
  });

  it('shows a rule as published, with its indicative amount at full precision', () => {
    renderFeeDirectory(() => <FeeStandard standard={formula} />, { locale: 'zh-HK' });
    expect(screen.getByText('每淨噸 0.085 元')).toBeTruthy();
    expect(screen.getByText('參考金額約 CN¥0.085')).toBeTruthy();
  });
});
