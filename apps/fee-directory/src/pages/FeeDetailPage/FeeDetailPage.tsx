import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import { openPublicity, publicityOf, type FeeItem } from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useSession } from '@sw/module-kit';
import { useFeeHistory, useFeeItem } from '../../api/useFeeItem.ts';
import { mayReadObjections, ownsFee } from '../../access/feeAccess.ts';
import { useFeeObjections } from '../../api/useObjections.ts';
import { FeeFacts } from '../../components/FeeFacts/FeeFacts.tsx';
import { FeeHistoryView } from '../../components/FeeHistoryView/FeeHistoryView.tsx';
import { FeeObjectionsList } from '../../components/FeeObjectionsList/FeeObjectionsList.tsx';
import { FeeStandard } from '../../components/FeeStandard/FeeStandard.tsx';
import { FeeStatusTag } from '../../components/FeeStatusTag/FeeStatusTag.tsx';
import { ObjectionForm } from '../../components/ObjectionForm/ObjectionForm.tsx';
import { OperatorActions } from '../../components/OperatorActions/OperatorActions.tsx';
import { PublicityCountdown } from '../../components/PublicityCountdown/PublicityCountdown.tsx';
import { ReportChargeButton } from '../../components/ReportChargeButton/ReportChargeButton.tsx';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { useToday } from '../../publicity/useToday.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';

/** Under publicity: what is publicised (a new item or a raise), the countdown and, while open, the objection form. */
function PublicitySection({ item, today }: { item: FeeItem; today: string }) {
  const { t } = useTranslation();
  const format = useFeeFormat();
  const publicity = publicityOf(item) ?? item.pendingChange?.publicity;
  if (!publicity) return null;
  const open = openPublicity(item, today);
  return (
    <Card title={t('publicity.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph>
        {item.status === 'publicised'
          ? t('publicity.newItem', { date: format.date(item.effectiveFrom) })
          : t('publicity.raise', { date: format.date(item.pendingChange!.effectiveFrom) })}
      </Typography.Paragraph>
      {item.pendingChange && (
        <Typography.Paragraph>
          {t('publicity.proposed')} <FeeStandard standard={item.pendingChange.standard} />
        </Typography.Paragraph>
      )}
      <PublicityCountdown publicity={publicity} today={today} />
      {open ? (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={4}>{t('objection.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('objection.intro')}</Typography.Paragraph>
          <ObjectionForm feeId={item.id} />
        </div>
      ) : (
        <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('publicity.closedForObjections')} />
      )}
    </Card>
  );
}

/** One charge: everything published about it, its publicity, its full history with a chart, and actions. */
export function FeeDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const user = useSession();
  const today = useToday();
  const titleId = useId();
  const fee = useFeeItem(id);
  const history = useFeeHistory(id);
  const item = fee.data;
  const owns = ownsFee(user, item);
  const readsObjections = mayReadObjections(user, item);
  const objections = useFeeObjections(id, readsObjections);

  const back = (
    <ModuleLink to={FEE_PATHS.list}>
      <ArrowLeftOutlined aria-hidden /> {t('detail.back')}
    </ModuleLink>
  );
  if (fee.isError && !item) {
    if (fee.error instanceof ApiError && fee.error.status === 404) {
      return (
        <Result status="404" title={t('detail.notFound')} subTitle={t('detail.notFoundHint', { id })} extra={back} />
      );
    }
    return (
      <LoadError
        title={t('errors.title')}
        error={fee.error}
        onRetry={() => void fee.refetch()}
        retrying={fee.isFetching}
      />
    );
  }
  if (!item) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <article aria-labelledby={titleId}>
      {back}
      <Flex justify="space-between" align="start" wrap gap={12} style={{ marginTop: 12 }}>
        <div>
          <Typography.Title id={titleId} level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {item.name[locale]}
          </Typography.Title>
          <Space wrap>
            <Typography.Text type="secondary">{item.code}</Typography.Text>
            <FeeStatusTag status={item.status} />
            {item.demo && <Tag color={TAG_COLORS.orange}>{t('common:demoData')}</Tag>}
          </Space>
        </div>
        <Space wrap>
          <ReportChargeButton item={item} />
          {owns && <OperatorActions item={item} />}
        </Space>
      </Flex>
      {item.pendingChange && !item.pendingChange.publicity && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={t('detail.cutScheduled', { date: format.date(item.pendingChange.effectiveFrom) })}
          description={<FeeStandard standard={item.pendingChange.standard} />}
        />
      )}
      <div style={{ marginTop: 16 }}>
        <FeeFacts item={item} />
      </div>
      <PublicitySection item={item} today={today} />
      <Card title={t('history.title')} style={{ marginTop: 16 }}>
        {history.data ? (
          <FeeHistoryView item={item} entries={history.data.entries} today={today} />
        ) : history.isError ? (
          <LoadError
            title={t('errors.title')}
            error={history.error}
            onRetry={() => void history.refetch()}
            retrying={history.isFetching}
          />
        ) : (
          <Skeleton active />
        )}
      </Card>
      {readsObjections && (
        <Card title={t('objection.listTitle')} style={{ marginTop: 16 }}>
          {objections.data ? <FeeObjectionsList objections={objections.data.items} /> : <Skeleton active />}
        </Card>
      )}
    </article>
  );
}
