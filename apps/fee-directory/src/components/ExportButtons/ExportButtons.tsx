import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadTable, type ExportColumn, type ExportFormat } from '@sw/ui';

interface ExportButtonsProps<Row> {
  fileName: string;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
}

/** Exports what is shown (the current view, filters applied) as CSV or Excel. */
export function ExportButtons<Row>({ fileName, columns, rows }: ExportButtonsProps<Row>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat>();
  const run = async (format: ExportFormat) => {
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
    <Space wrap>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined aria-hidden />}
          loading={busy === format}
          disabled={!rows.length}
          onClick={() => void run(format)}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
