import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClearanceBenchmark } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';

/** China's overall clearance times (GACC): the context for the time limits published here. */
export function BenchmarkTable({ benchmarks }: { benchmarks: readonly ClearanceBenchmark[] }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  return (
    <Table<ClearanceBenchmark>
      size="small"
      pagination={false}
      rowKey={(row) => row.period.en}
      dataSource={[...benchmarks]}
      aria-label={t('benchmarks.title')}
      columns={[
        {
          key: 'period',
          title: t('benchmarks.period'),
          render: (_, row) => (
            <>
              {format.text(row.period)} {row.target && <Tag>{t('benchmarks.target')}</Tag>}
            </>
          ),
        },
        {
          key: 'import',
          title: t('benchmarks.import'),
          align: 'end',
          render: (_, row) => format.hours(row.importHours),
        },
        {
          key: 'export',
          title: t('benchmarks.export'),
          align: 'end',
          render: (_, row) => format.hours(row.exportHours),
        },
      ]}
      footer={() => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common:source')}: {benchmarks[0]?.source}
        </Typography.Text>
      )}
    />
  );
}
