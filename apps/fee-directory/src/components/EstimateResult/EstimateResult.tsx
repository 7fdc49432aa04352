import { Alert, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Estimate, EstimateLine } from '@sw/contracts';
import { ModuleLink, useLocale } from '@sw/module-kit';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

interface EstimateResultProps {
  estimate: Estimate;
  today: string;
  /** Include an optional line, or leave a counted one out. */
  onToggle(feeId: string, include: boolean): void;
}

/** The itemised estimate: every counted line with its legal basis, the total, and what may also apply. */
export function EstimateResult({ estimate, today, onToggle }: EstimateResultProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();

  const columns = (counted: boolean): TableColumnsType<EstimateLine> => [
    {
      key: 'item',
      title: t('table.item'),
      render: (_, line) => (
        <>
          <ModuleLink to={FEE_PATHS.item(line.fee.id)}>{line.fee.name[locale]}</ModuleLink>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {line.fee.chargingBody.name[locale]}
          </Typography.Text>
          {line.condition !== 'always' && <Tag style={{ marginTop: 4 }}>{t(`conditions.${line.condition}`)}</Tag>}
        </>
      ),
    },
    { key: 'basis', title: t('table.legalBasis'), render: (_, line) => line.fee.legalBasis.title[locale] },
    {
      key: 'quantity',
      title: t('estimate.quantity'),
      width: 190,
      render: (_, line) => (
        <>
          {format.number(line.quantity)} × {format.money(line.unitAmount)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`units.${line.fee.unit}`)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('estimate.amount'),
      width: 150,
      align: 'right',
      render: (_, line) => (
        <>
          <strong>{format.money(line.amount)}</strong>
          {line.approximate && (
            <Tag
              color={TAG_COLORS.gold}
              style={{ display: 'block', marginTop: 4, marginInlineEnd: 0 }}
              title={line.fee.standard.kind === 'formula' ? line.fee.standard.formula[locale] : undefined}
            >
              {t('estimate.approximate')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'toggle',
      title: <span style={VISUALLY_HIDDEN}>{t('estimate.actions')}</span>,
      width: 110,
      render: (_, line) => (
        <Button
          size="small"
          onClick={() => onToggle(line.fee.id, !counted)}
          aria-label={`${counted ? t('estimate.leaveOut') : t('estimate.include')}: ${line.fee.name[locale]}`}
        >
          {counted ? t('estimate.leaveOut') : t('estimate.include')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card title={t('estimate.resultTitle')}>
        <Alert
          type="warning"
          showIcon
          title={t('estimate.disclaimer', { date: format.date(today) })}
          style={{ marginBottom: 16 }}
        />
        <Table<EstimateLine>
          rowKey={(line) => line.fee.id}
          size="small"
          columns={columns(true)}
          dataSource={estimate.lines}
          pagination={false}
          scroll={{ x: 800 }}
          aria-label={t('estimate.resultTitle')}
          locale={{ emptyText: t('estimate.noLines') }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <strong>{estimate.approximate ? t('estimate.totalApproximate') : t('estimate.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong data-testid="estimate-total">{format.money(estimate.total)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          )}
        />
      </Card>
      {estimate.unpriced.length > 0 && (
        <Card title={t('estimate.unpricedTitle')} size="small">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {estimate.unpriced.map(({ fee, reason }) => (
              <li key={fee.id}>
                {/* Underlined: a link inside running text must not rely on colour alone. */}
                <ModuleLink to={FEE_PATHS.item(fee.id)} style={{ textDecoration: 'underline' }}>
                  {fee.name[locale]}
                </ModuleLink>
                {' — '}
                {reason === 'no-amount' && fee.standard.kind === 'formula'
                  ? fee.standard.formula[locale]
                  : t(`estimate.skip.${reason}`)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {estimate.optional.length > 0 && (
        <Card title={t('estimate.optionalTitle')} size="small">
          <Table<EstimateLine>
            rowKey={(line) => line.fee.id}
            size="small"
            columns={columns(false)}
            dataSource={estimate.optional}
            pagination={false}
            scroll={{ x: 800 }}
            aria-label={t('estimate.optionalTitle')}
          />
        </Card>
      )}
    </Flex>
  );
}
