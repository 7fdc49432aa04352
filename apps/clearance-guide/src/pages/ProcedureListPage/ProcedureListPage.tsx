import { Button, Card, Col, Collapse, Empty, Flex, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  matchesProcedureQuery,
  procedureQueryFromSearchParams,
  procedureQuerySchema,
  procedureQueryToSearchParams,
  type ProcedureQuery,
} from '@sw/contracts';
import { ModuleButtonLink, ModuleLink, useModuleSearch, useSession } from '@sw/module-kit';
import { useBenchmarks, useProcedures } from '../../api/useProcedures.ts';
import { BenchmarkTable } from '../../components/BenchmarkTable/BenchmarkTable.tsx';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { ProcedureCard } from '../../components/ProcedureCard/ProcedureCard.tsx';
import { ProcedureFilters, hasProcedureFilters } from '../../components/ProcedureFilters/ProcedureFilters.tsx';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { paths } from '../../routing/paths.ts';

const OWN_KEYS = Object.keys(procedureQuerySchema.shape);

/** Every published procedure, filtered by what the trader ships; two can be picked to compare. */
export function ProcedureListPage() {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const user = useSession();
  const procedures = useProcedures();
  const benchmarks = useBenchmarks();
  const [params, setParams] = useModuleSearch(OWN_KEYS);
  // Typing stays in React state; the URL follows so the view can be shared.
  const [query, setQueryState] = useState<ProcedureQuery>(() => procedureQueryFromSearchParams(params));
  const [picked, setPicked] = useState<string[]>([]);

  const setQuery = (next: ProcedureQuery) => {
    setQueryState(next);
    setParams(procedureQueryToSearchParams(next));
  };
  const items = procedures.data?.items;
  const results = useMemo(() => (items ?? []).filter((p) => matchesProcedureQuery(p, query)), [items, query]);
  const canManage = user?.role === 'admin' || user?.role === 'operator';

  return (
    <PageFrame
      title={t('title')}
      intro={t('intro')}
      actions={
        <>
          <ModuleButtonLink type="primary" to={paths.shipment()}>
            {t('nav.shipment')}
          </ModuleButtonLink>
          {canManage && <ModuleButtonLink to={paths.manage()}>{t('nav.manage')}</ModuleButtonLink>}
        </>
      }
    >
      {benchmarks.data && (
        <Collapse
          className="cg-no-print"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'context',
              label: t('benchmarks.title'),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('benchmarks.intro')}</Typography.Paragraph>
                  <BenchmarkTable benchmarks={benchmarks.data.items} />
                </>
              ),
            },
          ]}
        />
      )}
      <ProcedureFilters query={query} onChange={setQuery} />
      {!procedures.data ? (
        <LoadState query={procedures} />
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Typography.Text role="status" aria-live="polite" strong>
              {t('common:resultsCount', { count: results.length })}
            </Typography.Text>
            <Flex gap={8} align="center" wrap className="cg-no-print">
              <Typography.Text type="secondary">{t('list.picked', { count: picked.length })}</Typography.Text>
              {picked.length === 2 ? (
                <ModuleLink to={paths.compare(picked[0], picked[1])}>{t('list.compareNow')}</ModuleLink>
              ) : null}
              {procedures.data.asOf && (
                <Typography.Text type="secondary">
                  {t('list.asOf', { date: format.date(procedures.data.asOf) })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
          {results.length === 0 ? (
            <Card>
              <Empty description={t('common:noResults')}>
                {hasProcedureFilters(query) && <Button onClick={() => setQuery({})}>{t('common:clearFilters')}</Button>}
              </Empty>
            </Card>
          ) : (
            <Row gutter={[16, 16]}>
              {results.map((procedure) => (
                <Col key={procedure.id} xs={24} md={12} xl={8}>
                  <ProcedureCard
                    procedure={procedure}
                    selected={picked.includes(procedure.id)}
                    selectable={picked.length < 2}
                    onSelect={(selected) =>
                      setPicked((now) => (selected ? [...now, procedure.id] : now.filter((id) => id !== procedure.id)))
                    }
                  />
                </Col>
              ))}
            </Row>
          )}
        </>
      )}
    </PageFrame>
  );
}
