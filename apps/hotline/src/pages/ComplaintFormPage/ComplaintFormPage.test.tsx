import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problemResponse } from '@sw/mocks';
import { DRAFT_STORAGE_KEY } from '../../intake/draft.ts';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { createTestHost } from '@sw/module-kit/testing';
import { renderHotline } from '../../testing/renderHotline.tsx';

const server = setupMockApi();

const field = (name: RegExp | string) => screen.getByLabelText(name, { selector: 'input, textarea' });

async function renderForm(locale: 'zh-CN' | 'en' = 'en') {
  const view = renderHotline(Routes, { url: '/hotline/complaint', locale });
  await screen.findByRole('form', { name: locale === 'en' ? 'Complaint form' : '投诉表单' });
  return view;
}

function fillValidComplaint() {
  fireEvent.click(screen.getByRole('radio', { name: 'Port charges' }));
  fireEvent.change(field('Description'), {
    target: { value: 'Charged a night-shift surcharge that is not in the catalogue.' },
  });
  fireEvent.change(field('Name'), { target: { value: 'Chan Tai Man' } });
  fireEvent.change(field('Phone'), { target: { value: '138 1234 5678' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
}

/** Records the complaint POSTs the mock API receives. */
function recordPosts() {
  const keys: Array<string | null> = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/complaints')
      keys.push(request.headers.get('Idempotency-Key'));
  });
  return keys;
}

describe('ComplaintFormPage', () => {
  it('files a complaint, routed by category, and shows the ticket number to copy or print', async () => {
    await renderForm();
    fillValidComplaint();
    // A Hong Kong number is read in the region chosen.
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Phone region' }));
    fireEvent.click(await screen.findByTitle('+852 Hong Kong'));
    fireEvent.change(field('Phone'), { target: { value: '9123 4567' } });
    expect(screen.getByText('It goes to: Shenzhen Administration for Market Regulation')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    const number = await screen.findByTestId('ticket-number');
    expect(number.textContent).toMatch(/^HL-\d{8}-[0-9A-Z]{6}$/);
    expect(screen.getByText('+852 ****4567')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Print receipt/ })).toBeTruthy();
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull(); // the draft is gone once filed
  });

  it("names each problem beside its field in the reader's language, keeps what was typed and focuses the first", async () => {
    await renderForm('zh-CN');
    fireEvent.change(field('具体内容'), { target: { value: '太短' } });
    fireEvent.change(field('电话'), { target: { value: '12360' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText('有 5 处需要修改。')).toBeTruthy();
    expect(screen.getByText('请选择涉及事项，以便转交责任单位。')).toBeTruthy();
    expect(screen.getByText('请至少用 10 个字说明情况。')).toBeTruthy();
    expect(screen.getByText(/请填写 11 位内地手机号码/)).toBeTruthy();
    expect(screen.getByText('请同意隐私声明后提交。')).toBeTruthy();
    expect(field('具体内容')).toHaveProperty('value', '太短');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: '口岸收费' })));
  });

  it('restores the draft after a reload', async () => {
    const first = await renderForm();
    fireEvent.click(screen.getByRole('radio', { name: 'Clearance process' }));
    fireEvent.change(field('Description'), {
      target: { value: 'Waiting three hours at Huanggang for a priority inspection.' },
    });
    await waitFor(() => expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('Huanggang'));
    first.unmount(); // the page goes away, as on a reload or a crash

    await renderForm();
    expect(screen.getByText(/Your unsent draft from .* has been restored/)).toBeTruthy();
    expect(field('Description')).toHaveProperty('value', 'Waiting three hours at Huanggang for a priority inspection.');
    expect(screen.getByRole('radio', { name: 'Clearance process' })).toHaveProperty('checked', true);
  });

  it('refuses a disguised attachment by its content with a clear message', async () => {
    await renderForm();
    const program = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], 'invoice.pdf', {
      type: 'application/pdf',
    });
    fireEvent.change(screen.getByTestId('attachment-input'), { target: { files: [program] } });
    const list = await screen.findByRole('list', { name: 'Attachments' });
    expect(await within(list).findByText(/this file is not an image .* or a PDF, whatever its name says/)).toBeTruthy();
    const pdf = new File(['%PDF-1.4\n%demo'], 'receipt.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByTestId('attachment-input'), { target: { files: [pdf] } });
    expect(await within(list).findByText('Attached')).toBeTruthy();
  });

  it('sends one ticket however often Submit is pressed, retrying a server error with the same key', async () => {
    const keys = recordPosts();
    let down = true;
    server.use(
      http.post('*/api/complaints', () =>
        down ? problemResponse({ status: 503, code: 'service.unavailable' }) : undefined,
      ),
    );
    await renderForm();
    fillValidComplaint();
    const submit = screen.getByRole('button', { name: 'Submit' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText(/The service did not answer\. Your complaint is saved/)).toBeTruthy();
    down = false;
    fireEvent.click(await screen.findByRole('button', { name: 'Try now' }));
    await screen.findByTestId('ticket-number');
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1); // every attempt carried the same key: one ticket
    expect(screen.queryByText(/Not sent/)).toBeNull();
  });

  it('opens pre-filled from another module through the navigation payload, once', async () => {
    const host = createTestHost('en');
    host.navigation.navigate('/hotline', {
      prefill: {
        category: 'port-charges',
        relatedItem: { kind: 'fee', id: 'fee-pilotage-domestic', label: 'Pilotage (domestic)' },
      },
    });
    renderHotline(Routes, { host, url: '/hotline' });
    expect(await screen.findByText('Port charge: Pilotage (domestic)')).toBeTruthy();
    expect(host.navigation.location().pathname).toBe('/hotline/complaint');
    expect(host.visited).toEqual(['/hotline', '/hotline/complaint']); // the payload's own navigation, then the form
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Port charges' })).toHaveProperty('checked', true));
    expect(host.navigation.takePayload('/hotline')).toBeUndefined();
  });

  it('keeps a draft when a pre-fill arrives, until the person chooses', async () => {
    const host = createTestHost('en');
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        type: 'complaint',
        category: 'system',
        description: 'The declaration page keeps failing.',
        name: '',
        phoneRegion: 'CN',
        phone: '',
        email: '',
        preferredLocale: 'en',
        consent: false,
        attachments: [],
        idempotencyKey: 'k',
        savedAt: '2026-11-27T01:00:00.000Z',
      }),
    );
    host.navigation.navigate('/hotline', {
      prefill: {
        category: 'terminal-times',
        relatedItem: { kind: 'service-time', id: 'yict-pickup', label: 'YICT pick-up' },
      },
    });
    renderHotline(Routes, { host, url: '/hotline' });
    expect(
      await screen.findByText(/You opened the form about “YICT pick-up”, but you have an unsent draft/),
    ).toBeTruthy();
    expect(field('Description')).toHaveProperty('value', 'The declaration page keeps failing.');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Start with the new item' })));
    expect(screen.getByRole('radio', { name: 'Terminal service times' })).toHaveProperty('checked', true);
  });
});
