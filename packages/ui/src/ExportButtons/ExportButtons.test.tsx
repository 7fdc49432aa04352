import { App } from 'antd';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import type { ExportColumn } from '../tableExport/tableExport.ts';
import { ExportButtons } from './ExportButtons.tsx';

const { downloads } = vi.hoisted(() => ({ downloads: [] as unknown[][] }));
vi.mock('../tableExport/tableExport.ts', () => ({
  downloadTable: vi.fn(async (...args: unknown[]) => {
    downloads.push(args);
    if (args[1] === 'broken') throw new Error('disk full');
  }),
}));

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

const texts = {
  title: 'Example',
  export: {
    csv: 'CSV',
    xlsx: 'Excel',
    failed: 'The file could not be made.',
    csvFor: 'Download {{what}} as CSV',
    xlsxFor: 'Download {{what}} as Excel',
  },
};
const definition = { name: 'example', resources: { 'zh-CN': texts, 'zh-HK': texts, en: texts } };

type Row = { port: string; share: number };
const columns: ExportColumn<Row>[] = [
  { title: 'Port', value: (row) => row.port },
  { title: 'Share', value: (row) => row.share },
];

function renderButtons(props: { fileName?: string; rows: Row[]; what?: string }) {
  const Buttons = () => (
    <App>
      <ExportButtons fileName={props.fileName ?? 'ports'} columns={columns} rows={props.rows} what={props.what} />
    </App>
  );
  renderInModule(definition, Buttons, createTestHost('en'));
}

describe('ExportButtons', () => {
  it('downloads what the table shows in the format chosen, named for screen readers by what it is', async () => {
    const rows = [{ port: 'Yantian', share: 0.9 }];
    renderButtons({ rows, what: 'the league table' });
    fireEvent.click(screen.getByRole('button', { name: 'Download the league table as Excel' }));
    await waitFor(() => expect(downloads).toEqual([['xlsx', 'ports', columns, rows]]));
    expect(screen.getByRole('button', { name: 'Download the league table as CSV' })).toBeTruthy();
  });

  it('offers nothing to download for an empty table, and says so when a file cannot be made', async () => {
    renderButtons({ rows: [] });
    expect(screen.getByRole('button', { name: 'CSV' })).toHaveProperty('disabled', true);
    cleanup();
    renderButtons({ fileName: 'broken', rows: [{ port: 'Shekou', share: 0.5 }] });
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText('The file could not be made.')).toBeTruthy();
  });
});
