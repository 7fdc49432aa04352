import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { withStatuses } from '@sw/contracts';
import { STANDARD_VERSIONS, TERMINALS, problemResponse } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderServiceTimes } from '../../testing/renderServiceTimes.tsx';
import { PublishStandardDrawer } from './PublishStandardDrawer.tsx';

const server = setupMockApi();

const yict = TERMINALS.find((terminal) => terminal.id === 'yict')!;
const [unstuffing] = withStatuses(
  STANDARD_VERSIONS.filter((v) => v.terminalId === 'yict' && v.operation === 'unstuffing'),
  '2026-11-27',
);

function renderDrawer(basis: typeof unstuffing | undefined) {
  const onClose = vi.fn();
  renderServiceTimes(
    () => (
      <PublishStandardDrawer
        terminal={yict}
        target={{ operation: basis ? basis.operation : 'tally-report', basis }}
        forceMajeure={unstuffing!.forceMajeure}
        onClose={onClose}
      />
    ),
    { user: 'operator-yict', locale: 'en' },
  );
  return onClose;
}

describe('PublishStandardDrawer', () => {
  it('keeps what was typed and says why when the API refuses, marking the refused field', async () => {
    server.use(
      http.post('*/api/service-times/terminals/:id/standards', () =>
        problemResponse({
          status: 400,
          code: 'validation.failed',
          errors: [{ path: 'effectiveFrom', code: 'service_standard.backdated', message: 'too early' }],
        }),
      ),
    );
    const onClose = renderDrawer(unstuffing);
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByRole('spinbutton', { name: 'Commitment' }), { target: { value: '98' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Publish' }));
    expect(await within(drawer).findByText('The portal did not accept some values; they are marked.')).toBeTruthy();
    // antd shows field errors after its own render pass: wait for it rather than assume it is there.
    expect(await within(drawer).findByText(/A standard takes effect on publication or later/)).toBeTruthy();
    expect(within(drawer).getByRole('spinbutton', { name: 'Commitment' })).toHaveProperty('value', '98');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks for every language of a first standard before sending anything', async () => {
    const sent = vi.fn();
    server.use(http.post('*/api/service-times/terminals/:id/standards', () => sent()));
    renderDrawer(undefined);
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Publish the Tally report standard of YICT')).toBeTruthy();
    // The terminal's force-majeure wording is offered; the process is not.
    expect(within(drawer).getByRole('textbox', { name: 'Force majeure (English)' })).toHaveProperty(
      'value',
      unstuffing!.forceMajeure.en,
    );
    fireEvent.change(within(drawer).getByRole('textbox', { name: 'Process (English)' }), {
      target: { value: 'Report sent on completion' },
    });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(within(drawer).getAllByText('Please fill this in.').length).toBeGreaterThanOrEqual(4));
    expect(sent).not.toHaveBeenCalled();
  });
});
