import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadTable, type ExportColumn, type ExportFormat } from '@sw/ui';

interface ExportButtonsProps<Row> {
  fileName: string;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
  /** What the buttons export, for screen readers ("Download the comparison as CSV"). */
  what: string;
}

/** CSV and Excel downloads of what the table shows, in the reader's language. */
export function ExportButtons<Row>({ fileName, columns, rows, what }: ExportButtonsProps<Row>) {
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
    <Space>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined aria-hidden />}
          loading={busy === format}
          onClick={() => void download(format)}
          aria-label={t(`export.${format}For`, { what })}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
