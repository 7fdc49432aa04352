import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feeQueryFromSearchParams } from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useModuleSearch } from '@sw/module-kit';
import { useFees } from '../../api/useFees.ts';
import { standardText } from '../../format/standardText.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { useFeeSearch } from '../../search/useFeeSearch.ts';
import { FEE_QUERY_KEYS } from '../../search/useUrlFeeQuery.ts';

const cell = { border: '1px solid #999', padding: '4px 6px', verticalAlign: 'top', textAlign: 'start' } as const;

/**
 * The current view as a plain, complete table for paper or PDF: black on white, every matching
 * item (no scrolling window), the date and the filters it was made with.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const fees = useFees();
  const [params] = useModuleSearch(FEE_QUERY_KEYS);
  const query = useMemo(() => feeQueryFromSearchParams(params), [params]);
  const items = useFeeSearch(fees.data?.items, query, locale);

  if (fees.isError)
    return (
      <LoadError
        title={t('errors.title')}
        error={fees.error}
        onRetry={() => void fees.refetch()}
        retrying={fees.isFetching}
      />
    );
  if (!fees.data) return <Spin />;
  return (
    <article style={{ padding: 16, background: '#fff', color: '#000', fontSize: 12 }}>
      <Flex justify="space-between" wrap gap={8}>
        <ModuleLink to={`${FEE_PATHS.list}${params.size ? `?${params}` : ''}`}>
          <ArrowLeftOutlined aria-hidden /> {t('print.back')}
        </ModuleLink>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => print()}>
          {t('print.print')}
        </Button>
      </Flex>
      <Typography.Title level={2} style={{ color: '#000' }}>
        {t('title')}
      </Typography.Title>
      <p>
        {t('common:asOf', { date: format.timestampDate(fees.data.asOf) })} ·{' '}
        {t('common:resultsCount', { count: items.length })}
        {query.q ? ` · ${t('search.label')}: “${query.q}”` : ''}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {(
              [
                'chargingBody',
                'item',
                'standard',
                'unit',
                'pricingType',
                'legalBasis',
                'ports',
                'effectiveFrom',
                'status',
              ] as const
            ).map((key) => (
              <th key={key} scope="col" style={cell}>
                {t(`table.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td style={cell}>{item.chargingBody.name[locale]}</td>
              <td style={cell}>
                {item.name[locale]} ({item.code}){item.demo ? ` · ${t('common:demoData')}` : ''}
              </td>
              <td style={cell}>{standardText(item.standard, locale, format)}</td>
              <td style={cell}>{t(`units.${item.unit}`)}</td>
              <td style={cell}>{t(`pricingTypes.${item.pricingType}`)}</td>
              <td style={cell}>{item.legalBasis.title[locale]}</td>
              <td style={cell}>{item.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator'))}</td>
              <td style={cell}>{format.date(item.effectiveFrom)}</td>
              <td style={cell}>{t(`statuses.${item.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
