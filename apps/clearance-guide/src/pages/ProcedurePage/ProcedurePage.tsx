import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { documentChecklist, mayProposeFor, procedureTotals, type ClearanceProcedure } from '@sw/contracts';
import { ModuleButtonLink, ModuleLink, SuiteLink, useModuleSearch, useSession } from '@sw/module-kit';
import { ToneTag } from '@sw/ui';
import { useProcedure, useProcedures } from '../../api/useProcedures.ts';
import { DocumentChecklist } from '../../components/DocumentChecklist/DocumentChecklist.tsx';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { StepList } from '../../components/StepList/StepList.tsx';
import { TotalsSummary } from '../../components/TotalsSummary/TotalsSummary.tsx';
import { useAgencyMap } from '../../components/useAgencyMap.ts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { PROCEDURE_KEYS, procedureVersion } from '../../routing/pageParams.ts';
import { paths } from '../../routing/paths.ts';

/** Another variant of the same trade (mode, direction, port) to compare this procedure with. */
function useCounterpart(procedure: ClearanceProcedure | undefined): string | undefined {
  const list = useProcedures();
  return useMemo(() => {
    if (!procedure) return undefined;
    const overlaps = (a: readonly string[], b: readonly string[]) => a.some((value) => b.includes(value));
    return list.data?.items.find(
      (other) =>
        other.id !== procedure.id &&
        other.variant !== procedure.variant &&
        other.variant !== 'appeal' &&
        overlaps(other.modes, procedure.modes) &&
        overlaps(other.directions, procedure.directions) &&
        overlaps(other.ports, procedure.ports),
    )?.id;
  }, [list.data, procedure]);
}

/** One procedure: its steps as a timeline with totals and the full document checklist. */
export function ProcedurePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const user = useSession();
  const version = procedureVersion(useModuleSearch(PROCEDURE_KEYS)[0]);
  const query = useProcedure(id, version);
  const current = useProcedure(version ? id : undefined);
  const agencies = useAgencyMap();
  const procedure = query.data;
  const counterpart = useCounterpart(procedure);
  const totals = useMemo(() => procedure && procedureTotals(procedure.steps), [procedure]);
  const documents = useMemo(() => procedure && documentChecklist(procedure.steps), [procedure]);
  const isCurrent = !version || (current.data !== undefined && current.data.version === version);

  if (!procedure || !totals || !documents) {
    return (
      <PageFrame title={t('procedure.loadingTitle')} trail={[]}>
        <LoadState query={query} />
      </PageFrame>
    );
  }

  return (
    <PageFrame
      title={format.text(procedure.title)}
      intro={format.text(procedure.summary)}
      trail={[{ label: format.text(procedure.title), to: paths.procedure(procedure.id) }]}
      actions={
        <>
          {counterpart && (
            <ModuleButtonLink to={paths.compare(procedure.id, counterpart)}>{t('procedure.compare')}</ModuleButtonLink>
          )}
          <ModuleButtonLink to={paths.history(procedure.id)}>{t('procedure.history')}</ModuleButtonLink>
          <Button onClick={() => print()}>{t('procedure.print')}</Button>
        </>
      }
    >
      {!isCurrent && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('procedure.oldVersion', { version: procedure.version, date: format.date(procedure.publishedAt) })}
          action={<ModuleLink to={paths.procedure(procedure.id)}>{t('procedure.seeCurrent')}</ModuleLink>}
        />
      )}
      <Flex wrap gap={4} style={{ marginBottom: 12 }}>
        <ToneTag tone="info">{t(`variants.${procedure.variant}`)}</ToneTag>
        {procedure.modes.map((mode) => (
          <Tag key={mode}>{t(`modes.${mode}`)}</Tag>
        ))}
        {procedure.directions.map((d) => (
          <Tag key={d}>{t(`directions.${d}`)}</Tag>
        ))}
        {procedure.demo && <ToneTag tone="demo">{t('common:demoData')}</ToneTag>}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('procedure.appliesTo', {
          ports:
            procedure.ports.length > 4
              ? t('list.allPorts')
              : procedure.ports.map((p) => t(`ports.${p}`)).join(t('listSeparator')),
          cargo: procedure.cargo.map((c) => t(`cargo.${c}`)).join(t('listSeparator')),
          traders: procedure.traderTypes.map((c) => t(`traderTypes.${c}`)).join(t('listSeparator')),
        })}
        <br />
        {t('procedure.version', { version: procedure.version, date: format.date(procedure.publishedAt) })}
        {procedure.source && (
          <>
            <br />
            {t('common:source')}: {procedure.source}
          </>
        )}
      </Typography.Paragraph>
      <TotalsSummary totals={totals} />
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('procedure.steps')}
      </Typography.Title>
      <StepList
        steps={procedure.steps}
        agencies={agencies}
        actions={(step) => {
          const agency = agencies.get(step.agencyId);
          return (
            <>
              {isCurrent && agency && mayProposeFor(user, agency) && (
                <ModuleLink to={paths.newDraft(procedure.id, step.id)}>{t('procedure.propose')}</ModuleLink>
              )}
              <SuiteLink
                to="/hotline"
                payload={{
                  prefill: {
                    category: 'clearance',
                    relatedItem: {
                      kind: 'clearance-step',
                      id: `${procedure.id}/${step.id}`,
                      label: `${format.text(procedure.title)} · ${format.text(step.title)}`,
                    },
                  },
                }}
              >
                {t('procedure.report')}
              </SuiteLink>
            </>
          );
        }}
      />
      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 8 }}>
        {t('procedure.documents')}
      </Typography.Title>
      <DocumentChecklist documents={documents} steps={procedure.steps} />
    </PageFrame>
  );
}
