import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadTable, type ExportColumn, type ExportFormat } from '@sw/ui';

interface ExportButtonsProps<Row> {
  /** What the table is, for the buttons' accessible names and the file name. */
  tableName: string;
  fileName: string;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
}

/** Download the table beside a chart as CSV or xlsx. */
export function ExportButtons<Row>({ tableName, fileName, columns, rows }: ExportButtonsProps<Row>) {
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
    <Space size={4} wrap>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={rows.length === 0}
          aria-label={t(`export.${format}Label`, { table: tableName })}
          onClick={() => void run(format)}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
