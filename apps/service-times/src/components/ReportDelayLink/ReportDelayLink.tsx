import { WarningOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintPrefill, ServiceStandard, Terminal } from '@sw/contracts';
import { SuiteLink, useLocale } from '@sw/module-kit';
import { useServiceFormat } from '../../format/useServiceFormat.ts';

interface ReportDelayLinkProps {
  terminal: Terminal;
  standard: Pick<ServiceStandard, 'operation' | 'timeLimit' | 'clockStart' | 'commitmentPercent'>;
}

/**
 * "Report a delay": opens the hotline's complaint form through the shell, pre-filled with the
 * terminal, the operation and its published limit, in the reader's language (the hotline module
 * reads the payload; this module never imports it).
 */
export function ReportDelayLink({ terminal, standard }: ReportDelayLinkProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const { token } = theme.useToken();
  const operation = t(`operations.${standard.operation}`);
  const prefill: ComplaintPrefill = {
    category: 'terminal-times',
    relatedItem: {
      kind: 'terminal-operation',
      id: `${terminal.id}/${standard.operation}`,
      label: t('reportDelay.itemLabel', { terminal: terminal.name[locale], short: terminal.shortName, operation }),
    },
    description: t('reportDelay.description', {
      terminal: `${terminal.name[locale]} (${terminal.shortName})`,
      operation,
      limit: format.timeLimit(standard.timeLimit),
      event: t(`clockStarts.${standard.clockStart}`),
      commitment: format.percent(standard.commitmentPercent),
    }),
  };
  return (
    <SuiteLink
      to="/hotline"
      payload={{ prefill }}
      aria-label={t('reportDelay.labelFor', { operation, terminal: terminal.shortName })}
      style={{ color: token.colorWarningText, whiteSpace: 'nowrap', fontFamily: token.fontFamily }}
    >
      <WarningOutlined aria-hidden /> {t('reportDelay.label')}
    </SuiteLink>
  );
}
