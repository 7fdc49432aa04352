import { Table, Typography } from 'antd';
import { ToneTag } from '@sw/ui';
import { useTranslation } from 'react-i18next';
import type { ChecklistDocument, ClearanceStep } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';

interface DocumentChecklistProps {
  documents: readonly ChecklistDocument[];
  steps: readonly ClearanceStep[];
}

/** Every document to prepare, once, with how many originals and copies and which steps need it. */
export function DocumentChecklist({ documents, steps }: DocumentChecklistProps) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const titleOf = (id: string) => {
    const step = steps.find((s) => s.id === id);
    return step ? format.text(step.title) : id;
  };
  return (
    <Table<ChecklistDocument>
      size="small"
      pagination={false}
      rowKey={(row) => row.document.id}
      dataSource={[...documents]}
      aria-label={t('documents.label')}
      locale={{ emptyText: t('documents.none') }}
      columns={[
        {
          key: 'name',
          title: t('documents.name'),
          render: (_, { document }) => (
            <>
              {document.formUrl ? (
                <Typography.Link href={document.formUrl} target="_blank" rel="noopener noreferrer">
                  {format.text(document.name)}
                </Typography.Link>
              ) : (
                format.text(document.name)
              )}
              {document.note && (
                <>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {format.text(document.note)}
                  </Typography.Text>
                </>
              )}
            </>
          ),
        },
        {
          key: 'form',
          title: t('documents.form'),
          render: (_, { document }) => (
            <ToneTag tone={document.electronic ? 'success' : 'neutral'}>
              {document.electronic ? t('documents.electronic') : t('documents.paper')}
            </ToneTag>
          ),
        },
        {
          key: 'originals',
          title: t('documents.originals'),
          align: 'end',
          render: (_, { document }) => document.originals,
        },
        { key: 'copies', title: t('documents.copies'), align: 'end', render: (_, { document }) => document.copies },
        {
          key: 'steps',
          title: t('documents.steps'),
          render: (_, row) => row.stepIds.map(titleOf).join(t('listSeparator')),
        },
      ]}
    />
  );
}
