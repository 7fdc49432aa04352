import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEES, mockFeeStore } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { ObjectionQueuePage } from './ObjectionQueuePage.tsx';

setupMockApi();

describe('ObjectionQueuePage', { timeout: 30_000 }, () => {
  it('is for the regulator only', async () => {
    renderFeeDirectory(ObjectionQueuePage, { url: '/fees/objections', locale: 'en', user: 'operator-yict' });
    expect(await screen.findByText('For the market regulator')).toBeTruthy();
  });

  it('lets the regulator uphold an objection with reasons, which withdraws the publicised charge', async () => {
    const item = FEES.find((fee) => fee.id === 'fee-thc-shekou-20')!;
    mockFeeStore.create({ ...item, id: 'fee-queue-test', code: 'QUEUE-1', effectiveFrom: '2030-01-01' });
    const reference = 'OBJ-TEST-1';
    mockFeeStore.apply('fee-queue-test', { type: 'objection-lodged', reference });
    mockFeeStore.objections.push({
      id: 'objection-1',
      reference,
      feeId: 'fee-queue-test',
      status: 'open',
      reason: 'Charged twice for one move.',
      locale: 'en',
      submittedAt: new Date().toISOString(),
    });
    renderFeeDirectory(ObjectionQueuePage, { url: '/fees/objections', locale: 'en', user: 'regulator' });
    const card = (await screen.findByText(reference, {}, { timeout: 10_000 })).closest<HTMLElement>('.sw-card')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision' }));
    expect(await within(card).findAllByText('Required')).toHaveLength(2);
    fireEvent.click(within(card).getByLabelText('Uphold (withdraw the charge or raise)'));
    fireEvent.change(within(card).getByLabelText('Reasons for the decision'), {
      target: { value: 'Double charging.' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText(/Objection upheld/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(mockFeeStore.get('fee-queue-test')?.status).toBe('withdrawn');
  });
});
