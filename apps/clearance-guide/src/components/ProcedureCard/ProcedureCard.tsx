import { Card, Checkbox, Flex, Tag } from 'antd';
import { ToneTag, useTextStyles } from '@sw/ui';
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

/** One procedure in the list: what it applies to, its steps at a glance and its totals (plain text: see useTextStyles). */
export function ProcedureCard({ procedure, selected, selectable, onSelect }: ProcedureCardProps) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const styles = useTextStyles();
  const { totals } = procedure;
  const titleId = `cg-card-${procedure.id}`;
  return (
    <Card size="small" style={{ height: '100%' }} aria-labelledby={titleId} role="article">
      <Flex vertical gap={8}>
        <h3 style={{ ...styles.heading, fontSize: 16 }} id={titleId}>
          <ModuleLink to={paths.procedure(procedure.id)}>{format.text(procedure.title)}</ModuleLink>
        </h3>
        <Flex wrap gap={4}>
          <ToneTag tone="info">{t(`variants.${procedure.variant}`)}</ToneTag>
          {procedure.modes.length < 4 && procedure.modes.map((mode) => <Tag key={mode}>{t(`modes.${mode}`)}</Tag>)}
          {procedure.directions.length < 3 &&
            procedure.directions.map((d) => <Tag key={d}>{t(`directions.${d}`)}</Tag>)}
          {procedure.demo && <ToneTag tone="demo">{t('common:demoData')}</ToneTag>}
        </Flex>
        <p style={styles.paragraph}>{format.text(procedure.summary)}</p>
        <span style={styles.secondary}>
          {t('list.ports')}{' '}
          {procedure.ports.length > 4
            ? t('list.allPorts')
            : procedure.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator'))}
        </span>
        <span>
          {t('list.totals', {
            steps: totals.stepCount,
            limit: format.duration(totals.limitMinutes),
            typical: format.duration(totals.typicalMinutes),
          })}
        </span>
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
