import { Flex, Spin, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@sw/module-kit';
import { useClearanceTimes, usePorts, useUsageFigures } from '../../api/usageQueries.ts';
import { portsInScope } from '../../analysis/scope.ts';
import { allRateSeries, clearanceSeries } from '../../analysis/series.ts';
import { ClearancePanel } from '../../components/ClearancePanel/ClearancePanel.tsx';
import { LeaguePanel } from '../../components/LeaguePanel/LeaguePanel.tsx';
import { Meters } from '../../components/Meters/Meters.tsx';
import { ModuleNav } from '../../components/ModuleNav/ModuleNav.tsx';
import { ProjectionPanel } from '../../components/ProjectionPanel/ProjectionPanel.tsx';
import { ScopeFilter } from '../../components/ScopeFilter/ScopeFilter.tsx';
import { TrendPanel } from '../../components/TrendPanel/TrendPanel.tsx';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { useUsageView } from '../../state/useUsageView.ts';

function Loading({ retrying }: { retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: 48 }} role="status">
      <Spin size="large" />
      <Typography.Text type="secondary">{retrying ? t('retrying') : t('common:loading')}</Typography.Text>
    </Flex>
  );
}

/**
 * The usage-rate meter: a meter per business toward 100%, the monthly trend, the projection, the
 * ports' league table and release times, for the city, a kind of port or one port.
 */
export function UsagePage() {
  const { t } = useTranslation();
  const titleId = useId();
  const figures = useUsageFigures();
  const ports = usePorts();
  const clearance = useClearanceTimes();
  const names = useUsageNames(ports.data);
  const [view, setView] = useUsageView();

  const scopePorts = useMemo(() => (ports.data ? portsInScope(ports.data, view) : []), [ports.data, view]);
  const series = useMemo(
    () => (figures.data ? allRateSeries(figures.data.items, scopePorts) : []),
    [figures.data, scopePorts],
  );
  const clearancePoints = useMemo(
    () => (clearance.data && figures.data ? clearanceSeries(clearance.data.items, figures.data.items, scopePorts) : []),
    [clearance.data, figures.data, scopePorts],
  );
  const portFigures = useMemo(
    () => (view.port && figures.data ? figures.data.items.filter((f) => f.port === view.port) : undefined),
    [view.port, figures.data],
  );
  const scopeLabel = view.port ? names.port(view.port) : view.mode ? names.mode(view.mode) : t('scope.city');
  const latestMonth = series
    .flatMap((s) => s.points.map((p) => p.month))
    .sort()
    .at(-1);

  let content;
  const failed = [figures, ports].find((query) => query.isError);
  if (figures.data && ports.data) {
    const { target, asOf, items } = figures.data;
    content = (
      <>
        <ScopeFilter view={view} ports={ports.data} names={names} onChange={setView} />
        <Typography.Paragraph role="status" aria-live="polite" strong>
          {t('scope.showing', { scope: scopeLabel })}
        </Typography.Paragraph>
        <Meters series={series} target={target} asOf={asOf} names={names} />
        <Flex vertical gap={24}>
          <TrendPanel
            series={series}
            target={target}
            asOf={asOf}
            names={names}
            scopeLabel={scopeLabel}
            {...(portFigures ? { portFigures } : {})}
          />
          <ProjectionPanel
            series={series}
            business={view.business}
            onBusinessChange={(business) => setView({ ...view, business })}
            asOf={asOf}
            names={names}
            scopeLabel={scopeLabel}
          />
          <LeaguePanel
            figures={items}
            ports={ports.data}
            scopePorts={scopePorts}
            month={latestMonth}
            business={view.business}
            onBusinessChange={(business) => setView({ ...view, business })}
            onSelectPort={(port) => setView({ business: view.business, port })}
            asOf={asOf}
            names={names}
            scopeLabel={scopeLabel}
          />
          {clearance.data ? (
            <ClearancePanel
              points={clearancePoints}
              national={clearance.data.national}
              asOf={clearance.data.asOf}
              scopeLabel={scopeLabel}
              averaged={scopePorts.length > 1}
            />
          ) : clearance.isError ? (
            <LoadError
              title={t('errors.title')}
              error={clearance.error}
              onRetry={() => void clearance.refetch()}
              retrying={clearance.isFetching}
            />
          ) : (
            <Loading retrying={clearance.failureCount > 0} />
          )}
        </Flex>
      </>
    );
  } else if (failed) {
    content = (
      <LoadError
        title={t('errors.title')}
        error={failed.error}
        onRetry={() => {
          void figures.refetch();
          void ports.refetch();
        }}
        retrying={figures.isFetching || ports.isFetching}
      />
    );
  } else {
    content = <Loading retrying={figures.failureCount + ports.failureCount > 0} />;
  }

  return (
    <section aria-labelledby={titleId} style={{ maxWidth: 1440, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ModuleNav />
      {content}
    </section>
  );
}
