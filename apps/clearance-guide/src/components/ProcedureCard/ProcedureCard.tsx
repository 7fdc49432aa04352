import { Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { ToneTag } from '@sw/ui';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '@sw/contracts';
import { ModuleLink } from '@sw/module-kit';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { paths } from '../../routing/paths.ts';

interface ProcedureCardProps {
  procedure: ProcedureSummary;
  selected: boolean;
  /** Picking is disabled once two procedures are chosen for comparison. */
  selectable: boolean;
  onSelect(selected: boolean): void;
}

/** One procedure in the list: what it applies to, its steps at a glance and its totals. */
export function ProcedureCard({ procedure, selected, selectable, onSelect }: ProcedureCardProps) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const { totals } = procedure;
  const titleId = `cg-card-${procedure.id}`;
  return (
    <Card size="small" style={{ height: '100%' }} aria-labelledby={titleId} role="article">
      <Flex vertical gap={8}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }} id={titleId}>
          <ModuleLink to={paths.procedure(procedure.id)}>{format.text(procedure.title)}</ModuleLink>
        </Typography.Title>
        <Flex wrap gap={4}>
          <ToneTag tone="info">{t(`variants.${procedure.variant}`)}</ToneTag>
          {procedure.modes.length < 4 && procedure.modes.map((mode) => <Tag key={mode}>{t(`modes.${mode}`)}</Tag>)}
          {procedure.directions.length < 3 &&
            procedure.directions.map((d) => <Tag key={d}>{t(`directions.${d}`)}</Tag>)}
          {procedure.demo && <ToneTag tone="demo">{t('common:demoData')}</ToneTag>}
        </Flex>
        <Typography.Paragraph style={{ margin: 0 }}>{format.text(procedure.summary)}</Typography.Paragraph>
        <Typography.Text type="secondary">
          {t('list.ports')}{' '}
          {procedure.ports.length > 4
            ? t('list.allPorts')
            : procedure.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator'))}
        </Typography.Text>
        <Typography.Text>
          {t('list.totals', {
            steps: totals.stepCount,
            limit: format.duration(totals.limitMinutes),
            typical: format.duration(totals.typicalMinutes),
          })}
        </Typography.Text>
        <Checkbox
          checked={selected}
          disabled={!selected && !selectable}
          onChange={(event) => onSelect(event.target.checked)}
          className="cg-no-print"
        >
          {t('list.compare')}
        </Checkbox>
      </Flex>
    </Card>
  );
}
