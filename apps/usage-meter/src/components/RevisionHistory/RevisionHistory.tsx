import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usageRate, type UsageFigure, type UsageRevision } from '@sw/contracts';
import { ToneTag } from '@sw/ui';
import { useRevisions } from '../../api/usageQueries.ts';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';

interface RevisionHistoryProps {
  figure: Pick<UsageFigure, 'business' | 'port' | 'month' | 'revision'>;
  names: UsageNames;
}

/** "Corrected" on a figure with more than one version; opens the list of every version. */
export function RevisionHistory(props: RevisionHistoryProps) {
  // Most figures were never corrected: their table cells render nothing and subscribe to nothing.
  return props.figure.revision < 2 ? null : <CorrectedFigure {...props} />;
}

function CorrectedFigure({ figure, names }: RevisionHistoryProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(open ? figure : undefined);
  const title = t('history.title', {
    port: names.port(figure.port),
    business: names.business(figure.business),
    month: format.longMonth(figure.month),
  });
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<HistoryOutlined />}
        onClick={() => setOpen(true)}
        aria-label={`${t('history.open')}: ${title}`}
      >
        {t('history.corrected', { count: figure.revision - 1 })}
      </Button>
      <Modal open={open} title={title} onCancel={() => setOpen(false)} footer={null} width={760}>
        {revisions.isError ? (
          <Alert type="warning" showIcon title={t('history.failed')} />
        ) : (
          <Table<UsageRevision>
            size="small"
            rowKey="revision"
            loading={revisions.isLoading}
            pagination={false}
            dataSource={revisions.data?.items}
            columns={[
              {
                title: t('history.revision'),
                dataIndex: 'revision',
                render: (revision: number, _row, index) => (
                  <>
                    {revision} {index === 0 && <ToneTag tone="info">{t('history.current')}</ToneTag>}
                  </>
                ),
              },
              { title: t('history.at'), dataIndex: 'at', render: (at: string) => format.dateTime(at) },
              { title: t('columns.singleWindow'), dataIndex: 'singleWindow', align: 'right', render: format.count },
              { title: t('columns.total'), dataIndex: 'total', align: 'right', render: format.count },
              {
                title: t('columns.rate'),
                key: 'rate',
                align: 'right',
                render: (_: unknown, row) => format.rate(usageRate(row.singleWindow, row.total)),
              },
              {
                title: t('history.sourceAndNote'),
                key: 'source',
                render: (_: unknown, row) => (
                  <>
                    {row.demo ? <ToneTag tone="demo">{t('common:demoData')}</ToneTag> : row.source}
                    {row.note && <div>{row.note}</div>}
                  </>
                ),
              },
            ]}
          />
        )}
      </Modal>
    </>
  );
}
