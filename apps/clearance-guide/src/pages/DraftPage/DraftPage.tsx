import { Alert, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import {
  changedStepFields,
  mayProposeFor,
  mayReview,
  type ClearanceDraft,
  type ClearanceStep,
  type DraftUpdateRequest,
  type StepContent,
} from '@sw/contracts';
import { ModuleLink, useHost, useModuleSearch, useSession } from '@sw/module-kit';
import { useCreateDraft, useDraft, useReviewDraft, useSubmitDraft, useUpdateDraft } from '../../api/useDrafts.ts';
import { useAgencies, useProcedure } from '../../api/useProcedures.ts';
import { DraftStatusTag } from '../../components/DraftStatusTag/DraftStatusTag.tsx';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { ReviewPanel } from '../../components/ReviewPanel/ReviewPanel.tsx';
import { StepEditor } from '../../components/StepEditor/StepEditor.tsx';
import { StepDetails } from '../../components/StepList/StepDetails.tsx';
import { useAgencyMap } from '../../components/useAgencyMap.ts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { NEW_DRAFT_KEYS, newDraftTarget } from '../../routing/pageParams.ts';
import { paths } from '../../routing/paths.ts';

const contentOf = ({ id: _id, agencyId: _agency, ...content }: ClearanceStep): StepContent => content;

/** A message for a write the API refused for a reason other than a field (shown above the form). */
function useWriteError() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'auth.forbidden') return t('drafts.forbidden');
      if (error.code === 'clearance.draft_exists') return t('drafts.exists');
      if (error.code === 'clearance.draft_not_editable') return t('drafts.notEditable');
      if (error.code === 'clearance.draft_not_in_review') return t('drafts.notInReview');
      if (error.status >= 500) return t('common:serverError', { status: error.status });
      return t('errors.requestFailed', { status: error.status });
    }
    return t('common:networkError');
  };
}

/** A new proposal for one step (from `?procedure=&step=`), or an existing one to edit, submit or review. */
export function DraftPage({ id }: { id?: string }) {
  const { procedureId, stepId } = newDraftTarget(useModuleSearch(NEW_DRAFT_KEYS)[0]);
  return id ? <ExistingDraft id={id} /> : <NewDraft procedureId={procedureId} stepId={stepId} />;
}

function NewDraft({ procedureId, stepId }: { procedureId: string; stepId: string }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const user = useSession();
  const { navigation } = useHost();
  const agencies = useAgencyMap();
  const agencyList = useAgencies();
  const procedure = useProcedure(procedureId || undefined);
  const create = useCreateDraft();
  const describeError = useWriteError();
  const idempotencyKey = useRef(crypto.randomUUID());
  const trail = [{ label: t('manage.title'), to: paths.manage() }];

  if (!procedure.data || !agencyList.data) {
    return (
      <PageFrame title={t('drafts.newTitle')} trail={trail}>
        <LoadState query={procedure.data ? agencyList : procedure} />
      </PageFrame>
    );
  }
  const step = procedure.data.steps.find((s) => s.id === stepId);
  const agency = step && agencies.get(step.agencyId);
  if (!step) {
    return (
      <PageFrame title={t('drafts.newTitle')} trail={trail}>
        <Result status="404" title={t('errors.notFound')} />
      </PageFrame>
    );
  }
  if (!user || !agency || !mayProposeFor(user, agency)) {
    return (
      <PageFrame title={t('drafts.newTitle')} trail={trail}>
        <Result
          status="403"
          title={user ? t('drafts.forbidden') : t('manage.signIn')}
          subTitle={agency ? t('drafts.belongsTo', { agency: format.text(agency.name) }) : undefined}
        />
      </PageFrame>
    );
  }
  const save = async (request: DraftUpdateRequest) => {
    const draft = await create.mutateAsync({
      body: { procedureId: procedure.data!.id, stepId: step.id, ...request },
      idempotencyKey: idempotencyKey.current,
    });
    navigation.push(paths.draft(draft.id));
  };
  return (
    <PageFrame
      title={t('drafts.newTitle')}
      intro={t('drafts.newIntro', { step: format.text(step.title), procedure: format.text(procedure.data.title) })}
      trail={trail}
    >
      {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={describeError(create.error)} />
      )}
      <StepEditor content={contentOf(step)} note="" onSave={save} busy={create.isPending} />
    </PageFrame>
  );
}

function ExistingDraft({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const user = useSession();
  const agencies = useAgencyMap();
  const draftQuery = useDraft(id);
  const draft = draftQuery.data;
  const procedure = useProcedure(draft?.procedureId);
  const update = useUpdateDraft(id);
  const submit = useSubmitDraft(id);
  const review = useReviewDraft(id);
  const describeError = useWriteError();
  const trail = [{ label: t('manage.title'), to: paths.manage() }];

  if (!draft || !procedure.data) {
    return (
      <PageFrame title={t('drafts.title')} trail={trail}>
        <LoadState query={draft ? procedure : draftQuery} />
      </PageFrame>
    );
  }
  const published = procedure.data.steps.find((s) => s.id === draft.stepId);
  const agency = agencies.get(draft.agencyId);
  const editable =
    (draft.status === 'draft' || draft.status === 'rejected') && agency !== undefined && mayProposeFor(user, agency);
  const lastReview = draft.reviews.at(-1);
  const changed = published ? changedStepFields(contentOf(published), draft.content) : [];
  const failure = [update, submit, review].find(
    (m) => m.error && !(m.error instanceof ApiError && m.error.problem.errors?.length),
  )?.error;
  const busy = update.isPending || submit.isPending || review.isPending;
  const saveAndSubmit = async (request: DraftUpdateRequest) => {
    await update.mutateAsync(request);
    await submit.mutateAsync();
  };

  return (
    <PageFrame
      title={t('drafts.title')}
      intro={t('drafts.intro', {
        step: published ? format.text(published.title) : draft.stepId,
        procedure: format.text(procedure.data.title),
      })}
      trail={trail}
    >
      <Descriptions
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'status', label: t('manage.status'), children: <DraftStatusTag status={draft.status} /> },
          { key: 'agency', label: t('drafts.agency'), children: agency ? format.text(agency.name) : draft.agencyId },
          { key: 'author', label: t('manage.author'), children: draft.author.name },
          { key: 'updated', label: t('manage.updated'), children: format.dateTime(draft.updatedAt) },
          {
            key: 'changes',
            label: t('drafts.changes'),
            children: changed.length ? (
              <Space wrap size={4}>
                {changed.map((field) => (
                  <Tag key={field}>{t(`fields.${field}`)}</Tag>
                ))}
              </Space>
            ) : (
              t('drafts.noChanges')
            ),
          },
          ...(draft.publishedVersion
            ? [
                {
                  key: 'published',
                  label: t('drafts.published'),
                  children: (
                    <ModuleLink to={paths.procedure(draft.procedureId, draft.publishedVersion)}>
                      {t('history.view', { version: draft.publishedVersion })}
                    </ModuleLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {lastReview?.decision === 'rejected' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('drafts.rejectedBy', { name: lastReview.by.name, date: format.dateTime(lastReview.at) })}
          description={<Typography.Text data-testid="rejection-comment">{lastReview.comment}</Typography.Text>}
        />
      )}
      {draft.status === 'in-review' && !mayReview(user) && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('drafts.waiting')} />
      )}
      {failure !== undefined && failure !== null && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={describeError(failure)} />
      )}
      {draft.status === 'in-review' && mayReview(user) && (
        <ReviewPanel busy={busy} onReview={(decision) => review.mutateAsync(decision)} />
      )}
      {editable ? (
        <StepEditor
          key={`${draft.id}-${draft.status}`}
          content={draft.content}
          note={draft.note}
          busy={busy}
          onSave={(request) => update.mutateAsync(request)}
          onSaveAndSubmit={saveAndSubmit}
        />
      ) : (
        <ReadOnlyDraft draft={draft} agencyName={agency ? format.text(agency.name) : undefined} />
      )}
    </PageFrame>
  );
}

function ReadOnlyDraft({ draft, agencyName }: { draft: ClearanceDraft; agencyName: string | undefined }) {
  const { t } = useTranslation();
  const agencies = useAgencyMap();
  const step: ClearanceStep = { ...draft.content, id: draft.stepId, agencyId: draft.agencyId };
  return (
    <Card title={t('drafts.proposed', { agency: agencyName ?? draft.agencyId })}>
      <Typography.Paragraph>
        <Typography.Text strong>{t('history.note')}</Typography.Text> {draft.note}
      </Typography.Paragraph>
      <StepDetails step={step} agency={agencies.get(draft.agencyId)} />
    </Card>
  );
}
