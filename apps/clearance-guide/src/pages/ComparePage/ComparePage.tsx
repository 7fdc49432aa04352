import { Card, Col, Flex, Row, Select, Table, Typography, theme } from 'antd';
import { ToneTag, type TagTone } from '@sw/ui';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSteps, procedureTotals, type ClearanceStep, type StepComparison } from '@sw/contracts';
import { useModuleSearch } from '@sw/module-kit';
import { useProcedure, useProcedures } from '../../api/useProcedures.ts';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { COMPARE_KEYS, comparedProcedures } from '../../routing/pageParams.ts';
import { paths } from '../../routing/paths.ts';

const KIND_TONES: Record<StepComparison['kind'], TagTone> = {
  same: 'neutral',
  changed: 'info',
  removed: 'error',
  added: 'success',
};

/** Two procedures side by side: which steps disappear, appear or change, and the time saved. */
export function ComparePage() {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const { token } = theme.useToken();
  const [params, setParams] = useModuleSearch(COMPARE_KEYS);
  const { a, b } = comparedProcedures(params);
  const list = useProcedures();
  const first = useProcedure(a);
  const second = useProcedure(b);
  const labelA = useId();
  const labelB = useId();

  const options = (list.data?.items ?? []).map((p) => ({ value: p.id, label: format.text(p.title) }));
  const choose = (key: 'a' | 'b', value: string | undefined) => {
    const next = new URLSearchParams({ ...(a ? { a } : {}), ...(b ? { b } : {}) });
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const comparison = useMemo(() => {
    if (!first.data || !second.data) return undefined;
    return {
      rows: compareSteps(first.data.steps, second.data.steps),
      totalsA: procedureTotals(first.data.steps),
      totalsB: procedureTotals(second.data.steps),
    };
  }, [first.data, second.data]);

  const stepCell = (step: ClearanceStep | undefined) =>
    step ? (
      <>
        {format.text(step.title)}
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {step.timing.limitMinutes !== undefined
            ? t('step.limit', { duration: format.duration(step.timing.limitMinutes) })
            : t('step.noLimit')}
        </Typography.Text>
      </>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const saved = comparison ? comparison.totalsA.typicalMinutes - comparison.totalsB.typicalMinutes : 0;

  return (
    <PageFrame
      title={t('compare.title')}
      intro={t('compare.intro')}
      trail={[{ label: t('compare.title'), to: paths.compare(a, b) }]}
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} className="cg-no-print">
        {(
          [
            ['a', a, labelA],
            ['b', b, labelB],
          ] as const
        ).map(([key, value, labelId]) => (
          <Col key={key} xs={24} md={12}>
            <Flex vertical gap={4}>
              <label id={labelId} style={{ color: token.colorTextSecondary, fontFamily: token.fontFamily }}>
                {t(key === 'a' ? 'compare.first' : 'compare.second')}
              </label>
              <Select
                aria-labelledby={labelId}
                showSearch
                allowClear
                optionFilterProp="label"
                placeholder={t('compare.choose')}
                value={value}
                options={options}
                loading={list.isLoading}
                onChange={(next?: string) => choose(key, next)}
                style={{ width: '100%' }}
              />
            </Flex>
          </Col>
        ))}
      </Row>
      {!a || !b ? (
        <Typography.Paragraph type="secondary">{t('compare.pickTwo')}</Typography.Paragraph>
      ) : !comparison ? (
        <LoadState query={first.isError || !second.isError ? first : second} />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }} role="region" aria-label={t('compare.summary')}>
            <Typography.Paragraph strong style={{ fontSize: 16, margin: 0 }} role="status">
              {saved > 0
                ? t('compare.saves', { duration: format.duration(saved) })
                : saved < 0
                  ? t('compare.slower', { duration: format.duration(-saved) })
                  : t('compare.sameTime')}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('compare.totals', {
                a: format.duration(comparison.totalsA.typicalMinutes),
                b: format.duration(comparison.totalsB.typicalMinutes),
                limitA: format.duration(comparison.totalsA.limitMinutes),
                limitB: format.duration(comparison.totalsB.limitMinutes),
              })}
            </Typography.Text>
          </Card>
          <Table<StepComparison>
            size="small"
            pagination={false}
            rowKey="stepId"
            aria-label={t('compare.table')}
            dataSource={comparison.rows}
            columns={[
              {
                key: 'kind',
                title: t('compare.change'),
                width: 120,
                render: (_, row) => <ToneTag tone={KIND_TONES[row.kind]}>{t(`compare.kinds.${row.kind}`)}</ToneTag>,
              },
              {
                key: 'a',
                title: format.text(first.data!.title),
                render: (_, row) => stepCell(row.kind === 'added' ? undefined : row.a),
              },
              {
                key: 'b',
                title: format.text(second.data!.title),
                render: (_, row) => stepCell(row.kind === 'removed' ? undefined : row.b),
              },
              {
                key: 'fields',
                title: t('compare.what'),
                render: (_, row) =>
                  row.kind === 'changed'
                    ? row.fields.map((field) => t(`fields.${field}`)).join(t('listSeparator'))
                    : '—',
              },
            ]}
          />
        </>
      )}
    </PageFrame>
  );
}
