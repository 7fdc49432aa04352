import { List, Typography } from 'antd';
import { ToneTag } from '@sw/ui';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersion } from '@sw/contracts';
import { ModuleLink } from '@sw/module-kit';
import { useProcedure, useVersions } from '../../api/useProcedures.ts';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { paths } from '../../routing/paths.ts';

/** Every published version of a procedure: its date, what changed and who proposed and approved it. */
export function HistoryPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const versions = useVersions(id);
  const procedure = useProcedure(id);
  const title = procedure.data ? format.text(procedure.data.title) : id;
  const stepTitle = (stepId: string) => {
    const step = procedure.data?.steps.find((s) => s.id === stepId);
    return step ? format.text(step.title) : stepId;
  };
  const describe = (version: ProcedureVersion) =>
    version.changes.length === 0
      ? t('history.first')
      : version.changes
          .map((change) =>
            t(`history.${change.kind}`, {
              step: stepTitle(change.stepId),
              fields: change.fields.map((field) => t(`fields.${field}`)).join(t('listSeparator')),
            }),
          )
          .join(' ');
  return (
    <PageFrame
      title={t('history.title', { procedure: title })}
      intro={t('history.intro')}
      trail={[
        { label: title, to: paths.procedure(id) },
        { label: t('procedure.history'), to: paths.history(id) },
      ]}
    >
      {!versions.data ? (
        <LoadState query={versions} />
      ) : (
        <List
          aria-label={t('history.label')}
          dataSource={versions.data.items}
          renderItem={(version, index) => (
            <List.Item
              key={version.version}
              extra={
                <ModuleLink to={paths.procedure(id, index === 0 ? undefined : version.version)}>
                  {t('history.view', { version: version.version })}
                </ModuleLink>
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {t('history.version', { version: version.version, date: format.dateTime(version.publishedAt) })}{' '}
                    {index === 0 && <ToneTag tone="success">{t('history.current')}</ToneTag>}
                  </>
                }
                description={describe(version)}
              />
              {version.changes.length > 0 && (
                <Typography.Paragraph style={{ margin: 0 }}>
                  <Typography.Text strong>{t('history.note')}</Typography.Text> {version.note}
                  <br />
                  <Typography.Text type="secondary">
                    {t('history.people', {
                      proposedBy: version.proposedBy ?? '—',
                      approvedBy: version.approvedBy ?? '—',
                    })}
                  </Typography.Text>
                </Typography.Paragraph>
              )}
            </List.Item>
          )}
        />
      )}
    </PageFrame>
  );
}
