import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadTable, type ExportColumn, type ExportFormat } from '../tableExport/tableExport.ts';

interface ExportButtonsProps<Row> {
  fileName: string;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
  /** What the buttons export, for their accessible names ("Download the comparison as CSV"). */
  what?: string;
  size?: 'small' | 'middle';
}

const FORMATS = ['csv', 'xlsx'] as const;

/**
 * CSV and Excel downloads of what a table shows (the current view, filters applied). Texts come from
 * the module: `export.csv`, `export.xlsx`, `export.failed`, and with `what` `export.csvFor` and
 * `export.xlsxFor` (`{{what}}`).
 */
export function ExportButtons<Row>({ fileName, columns, rows, what, size }: ExportButtonsProps<Row>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat>();
  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await downloadTable(format, fileName, columns, rows);
    } catch {
      void message.error(t('export.failed'));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Space size={size === 'small' ? 4 : undefined} wrap>
      {FORMATS.map((format) => (
        <Button
          key={format}
          size={size}
          icon={<DownloadOutlined aria-hidden />}
          loading={busy === format}
          disabled={rows.length === 0}
          aria-label={what ? t(`export.${format}For`, { what }) : undefined}
          onClick={() => void download(format)}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
