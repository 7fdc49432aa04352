import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Segmented,
  Skeleton,
  Tag,
  Typography,
  Result,
} from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem, Objection, ObjectionStatus } from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useSession } from '@sw/module-kit';
import { useFees } from '../../api/useFees.ts';
import { useDecideObjection, useObjectionQueue } from '../../api/useObjections.ts';
import { useApiErrorText } from '../../errors/useApiErrorText.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';
import { FIRST_QUEUE_STATUS } from './queueStatus.ts';

interface DecisionValues {
  status: 'upheld' | 'dismissed';
  resolution: string;
}

/** One objection with its charge, and the regulator's decision form while it is open. */
function ObjectionCard({ objection, fee }: { objection: Objection; fee: FeeItem | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const { message } = App.useApp();
  const decide = useDecideObjection();
  const errors = useApiErrorText();
  const [form] = Form.useForm<DecisionValues>();
  const formId = useId();
  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={8} align="center">
          <Typography.Text code>{objection.reference}</Typography.Text>
          <Tag
            color={
              objection.status === 'open'
                ? TAG_COLORS.blue
                : objection.status === 'upheld'
                  ? TAG_COLORS.red
                  : TAG_COLORS.grey
            }
          >
            {t(`objectionStatuses.${objection.status}`)}
          </Tag>
          <Typography.Text type="secondary">{format.timestampDate(objection.submittedAt)}</Typography.Text>
        </Flex>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('objection.against')}{' '}
        {fee ? (
          <ModuleLink to={FEE_PATHS.item(fee.id)} style={{ textDecoration: 'underline' }}>
            {fee.name[locale]}
          </ModuleLink>
        ) : (
          objection.feeId
        )}
        {fee && <Typography.Text type="secondary"> · {fee.chargingBody.name[locale]}</Typography.Text>}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{objection.reason}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {[objection.name, objection.organisation, objection.contact?.email, objection.contact?.phone]
          .filter(Boolean)
          .join(' · ') || t('objection.anonymous')}
      </Typography.Paragraph>
      {objection.resolution && (
        <Typography.Paragraph>
          <strong>{t('objection.decision')}:</strong> {objection.resolution}
        </Typography.Paragraph>
      )}
      {objection.status === 'open' && (
        <Form<DecisionValues>
          form={form}
          name={`decision-${objection.id}`} // several forms on one page: field ids must differ
          layout="vertical"
          aria-labelledby={formId}
          onFinish={(values) =>
            decide.mutate(
              { id: objection.id, decision: { status: values.status, resolution: values.resolution.trim() } },
              { onSuccess: () => void message.success(t(`objection.decided.${values.status}`)) },
            )
          }
        >
          <Typography.Text id={formId} strong>
            {t('objection.decide')}
          </Typography.Text>
          {decide.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errors.message(decide.error)}
              style={{ margin: '8px 0' }}
            />
          )}
          <Form.Item
            name="status"
            label={t('objection.decisionLabel')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group
              options={[
                { value: 'upheld', label: t('objection.uphold') },
                { value: 'dismissed', label: t('objection.dismiss') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="resolution"
            label={t('objection.reasons')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 4000, message: t('validation.tooLong') },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={decide.isPending}>
            {t('objection.submitDecision')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

/** The regulator's queue of objections to publicised charges, with decisions and their reasons. */
export function ObjectionQueuePage() {
  const { t } = useTranslation();
  const titleId = useId();
  const user = useSession();
  const [status, setStatus] = useState<ObjectionStatus | 'all'>(FIRST_QUEUE_STATUS);
  const allowed = user?.role === 'regulator' || user?.role === 'admin';
  const queue = useObjectionQueue(status);
  const fees = useFees();
  const byId = useMemo(() => new Map((fees.data?.items ?? []).map((item) => [item.id, item])), [fees.data]);

  if (!allowed)
    return <Result status="403" title={t('objection.queueSignIn')} subTitle={t('objection.queueSignInHint')} />;
  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('objection.queueTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('objection.queueIntro')}</Typography.Paragraph>
      <Segmented<ObjectionStatus | 'all'>
        aria-label={t('table.status')}
        value={status}
        onChange={setStatus}
        options={(['open', 'upheld', 'dismissed', 'all'] as const).map((value) => ({
          value,
          label: value === 'all' ? t('filters.all') : t(`objectionStatuses.${value}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      {queue.isError ? (
        <LoadError
          title={t('errors.title')}
          error={queue.error}
          onRetry={() => void queue.refetch()}
          retrying={queue.isFetching}
        />
      ) : !queue.data ? (
        <Skeleton active />
      ) : queue.data.items.length === 0 ? (
        <Empty description={t('objection.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text role="status">{t('objection.count', { count: queue.data.total })}</Typography.Text>
          {queue.data.items.map((objection) => (
            <ObjectionCard key={objection.id} objection={objection} fee={byId.get(objection.feeId)} />
          ))}
        </Flex>
      )}
    </section>
  );
}
