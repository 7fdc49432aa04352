import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderModuleAt } from '../../testing/renderServiceTimes.tsx';

const server = setupMockApi();

/** Requests that reached the mock API, to prove what was (not) sent. */
function recordWrites() {
  const writes: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') writes.push(new URL(request.url).pathname);
  });
  return writes;
}

function chooseFile(text: string, name = 'actuals.csv') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

const dropZone = () => screen.findByText('Click or drop a CSV or .xlsx file here');

describe('UploadActualsPage', () => {
  it('previews a file with a bad row, names the problem on its line and sends nothing', async () => {
    const writes = recordWrites();
    renderModuleAt('/service-times/terminals/yict/upload', { user: 'operator-yict', locale: 'en' });
    await dropZone();
    chooseFile(
      [
        'month,operation,handled,within_limit_percent',
        '2026-09,unstuffing,1520,97.5',
        '2026-10,tally-report,40,99',
        '2026-10,Cargo pick-up,"81,200",93%',
      ].join('\n'),
    );
    const preview = await screen.findByRole('table', { name: 'Preview of the upload' });
    expect(screen.getByText('3 rows, 1 with problems.')).toBeTruthy();
    const line3 = within(preview).getByRole('rowheader', { name: '3' }).closest('tr')!;
    expect(within(line3).getByText('YICT had no published Tally report standard in force in Oct 2026.')).toBeTruthy();
    const line4 = within(preview).getByRole('rowheader', { name: '4' }).closest('tr')!;
    expect(within(line4).getByText('Below commitment')).toBeTruthy();
    expect(within(line4).getByText(/Replaces .* reported before/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upload 3 rows' })).toHaveProperty('disabled', true);
    expect(screen.getAllByText('Nothing has been uploaded.').length).toBeGreaterThan(0);
    expect(writes).toEqual([]);
  });

  it('uploads a good file whole and reports what it replaced', async () => {
    renderModuleAt('/service-times/terminals/yict/upload', { user: 'operator-yict', locale: 'en' });
    await dropZone();
    chooseFile('月份,作业环节,作业量,按时完成比例（%）\n2026年9月,掏箱,1520,97.5\n2026/10,unstuffing,1490,94.1\n');
    const upload = await screen.findByRole('button', { name: 'Upload 2 rows' });
    fireEvent.click(upload);
    expect(await screen.findByText('Uploaded: 0 new months, 2 replaced.')).toBeTruthy();
    expect(screen.getByText(/Below the commitment: Oct 2026 Unstuffing/)).toBeTruthy();
  });

  it('names a file without the needed columns', async () => {
    renderModuleAt('/service-times/terminals/yict/upload', { user: 'admin', locale: 'en' });
    await dropZone();
    chooseFile('month,operation\n2026-09,unstuffing\n');
    expect(await screen.findByText('The file lacks the columns handled, within_limit_percent.')).toBeTruthy();
  });

  it('is closed to another terminal’s operator', async () => {
    renderModuleAt('/service-times/terminals/yict/upload', { user: 'operator-sct', locale: 'en' });
    expect(await screen.findByText("You cannot upload YICT's actuals")).toBeTruthy();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('asks the public to sign in', async () => {
    renderModuleAt('/service-times/terminals/yict/upload');
    await waitFor(() => expect(screen.getByText('请登录后上传YICT的数据')).toBeTruthy());
  });
});
