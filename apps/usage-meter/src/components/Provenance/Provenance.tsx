import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ToneTag, useTextStyles } from '@sw/ui';
import { useUsageFormat } from '../../format/useUsageFormat.ts';

interface ProvenanceProps {
  /** When the figures last changed. */
  asOf: string | undefined;
  /** Any figure shown is a demo value. */
  demo: boolean;
  sources: readonly string[];
}

/** Where the figures shown come from and how current they are: under every meter, chart and table (plain text: see useTextStyles). */
export function Provenance({ asOf, demo, sources }: ProvenanceProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const styles = useTextStyles();
  const note = { ...styles.secondary, fontSize: 12 };
  const shown = sources.slice(0, 2);
  return (
    <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
      {asOf && <span style={note}>{t('common:asOf', { date: format.asOf(asOf) })}</span>}
      {demo && (
        <ToneTag tone="demo" title={t('provenance.demo')} style={{ marginInlineEnd: 0 }}>
          {t('common:demoData')}
        </ToneTag>
      )}
      {shown.length > 0 && (
        <span style={note}>
          {t('provenance.source', {
            sources: shown.join(t('listSeparator')),
            count: sources.length - shown.length,
            context: sources.length > shown.length ? 'more' : undefined,
          })}
        </span>
      )}
    </Flex>
  );
}
