import { Card, Result, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_DRAFT_STATUSES, mayProposeFor, type ClearanceDraft } from '@sw/contracts';
import { ModuleLink, useSession } from '@sw/module-kit';
import { useDrafts } from '../../api/useDrafts.ts';
import { useProcedures } from '../../api/useProcedures.ts';
import { DraftStatusTag } from '../../components/DraftStatusTag/DraftStatusTag.tsx';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { useAgencyMap } from '../../components/useAgencyMap.ts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { paths } from '../../routing/paths.ts';

interface OwnStep {
  key: string;
  procedureId: string;
  procedureTitle: string;
  stepId: string;
  stepTitle: string;
  openDraft: ClearanceDraft | undefined;
}

/**
 * The agencies' workspace: an operator's own steps (to propose changes) and proposals; for the
 * single-window team, every proposal with those waiting for review first.
 */
export function ManagePage() {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const user = useSession();
  const drafts = useDrafts();
  const procedures = useProcedures();
  const agencies = useAgencyMap();
  const isAdmin = user?.role === 'admin';

  const titles = useMemo(() => {
    const byKey = new Map<string, { procedure: string; step: string }>();
    for (const p of procedures.data?.items ?? []) {
      for (const s of p.outline)
        byKey.set(`${p.id}/${s.id}`, { procedure: format.text(p.title), step: format.text(s.title) });
    }
    return byKey;
  }, [procedures.data, format]);

  const ownSteps = useMemo((): OwnStep[] => {
    if (!user || isAdmin) return [];
    return (procedures.data?.items ?? []).flatMap((p) =>
      p.outline
        .filter((s) => {
          const agency = agencies.get(s.agencyId);
          return agency !== undefined && mayProposeFor(user, agency);
        })
        .map((s) => ({
          key: `${p.id}/${s.id}`,
          procedureId: p.id,
          procedureTitle: format.text(p.title),
          stepId: s.id,
          stepTitle: format.text(s.title),
          openDraft: drafts.data?.items.find(
            (d) => d.procedureId === p.id && d.stepId === s.id && OPEN_DRAFT_STATUSES.includes(d.status),
          ),
        })),
    );
  }, [user, isAdmin, procedures.data, agencies, drafts.data, format]);

  if (!user) {
    return (
      <PageFrame title={t('manage.title')} trail={[{ label: t('manage.title'), to: paths.manage() }]}>
        <Result status="info" title={t('manage.signIn')} subTitle={t('manage.signInHint')} />
      </PageFrame>
    );
  }
  if (user.role !== 'admin' && user.role !== 'operator') {
    return (
      <PageFrame title={t('manage.title')} trail={[{ label: t('manage.title'), to: paths.manage() }]}>
        <Result status="403" title={t('manage.notForRole')} />
      </PageFrame>
    );
  }

  const sortedDrafts = [...(drafts.data?.items ?? [])].sort(
    (a, b) => Number(b.status === 'in-review') - Number(a.status === 'in-review'),
  );
  const lastComment = (draft: ClearanceDraft) => draft.reviews.at(-1)?.comment;

  return (
    <PageFrame
      title={t('manage.title')}
      intro={isAdmin ? t('manage.introAdmin') : t('manage.introOperator')}
      trail={[{ label: t('manage.title'), to: paths.manage() }]}
    >
      {!isAdmin && (
        <Card title={t('manage.ownSteps')} style={{ marginBottom: 16 }}>
          {!procedures.data ? (
            <LoadState query={procedures} />
          ) : (
            <Table<OwnStep>
              size="small"
              rowKey="key"
              aria-label={t('manage.ownSteps')}
              dataSource={ownSteps}
              locale={{ emptyText: t('manage.noOwnSteps') }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { key: 'procedure', title: t('manage.procedure'), render: (_, row) => row.procedureTitle },
                { key: 'step', title: t('manage.step'), render: (_, row) => row.stepTitle },
                {
                  key: 'action',
                  title: t('manage.action'),
                  render: (_, row) =>
                    row.openDraft ? (
                      <ModuleLink to={paths.draft(row.openDraft.id)}>{t('manage.openDraft')}</ModuleLink>
                    ) : (
                      <ModuleLink
                        to={paths.newDraft(row.procedureId, row.stepId)}
                        aria-label={t('manage.proposeFor', { step: row.stepTitle, procedure: row.procedureTitle })}
                      >
                        {t('procedure.propose')}
                      </ModuleLink>
                    ),
                },
              ]}
            />
          )}
        </Card>
      )}
      <Card title={isAdmin ? t('manage.allDrafts') : t('manage.ownDrafts')}>
        {!drafts.data ? (
          <LoadState query={drafts} />
        ) : (
          <Table<ClearanceDraft>
            size="small"
            rowKey="id"
            aria-label={isAdmin ? t('manage.allDrafts') : t('manage.ownDrafts')}
            dataSource={sortedDrafts}
            locale={{ emptyText: t('manage.noDrafts') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                key: 'step',
                title: t('manage.step'),
                render: (_, draft) => {
                  const title = titles.get(`${draft.procedureId}/${draft.stepId}`);
                  return (
                    <ModuleLink to={paths.draft(draft.id)}>
                      {title ? `${title.procedure} · ${title.step}` : `${draft.procedureId} · ${draft.stepId}`}
                    </ModuleLink>
                  );
                },
              },
              {
                key: 'status',
                title: t('manage.status'),
                render: (_, draft) => <DraftStatusTag status={draft.status} />,
              },
              { key: 'author', title: t('manage.author'), render: (_, draft) => draft.author.name },
              { key: 'updated', title: t('manage.updated'), render: (_, draft) => format.dateTime(draft.updatedAt) },
              {
                key: 'comment',
                title: t('manage.comment'),
                render: (_, draft) => lastComment(draft) || <Typography.Text type="secondary">—</Typography.Text>,
              },
            ]}
          />
        )}
      </Card>
    </PageFrame>
  );
}
