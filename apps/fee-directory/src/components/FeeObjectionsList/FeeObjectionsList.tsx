import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Objection } from '@sw/contracts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';

const COLORS = { open: TAG_COLORS.blue, upheld: TAG_COLORS.red, dismissed: TAG_COLORS.grey } as const;

/** Objections with their reasons and decisions (operators are not told who objected). */
export function FeeObjectionsList({ objections }: { objections: readonly Objection[] }) {
  const { t } = useTranslation();
  const format = useFeeFormat();
  return (
    <List
      dataSource={[...objections]}
      locale={{ emptyText: t('objection.none') }}
      renderItem={(objection) => (
        <List.Item key={objection.id}>
          <List.Item.Meta
            title={
              <>
                <Typography.Text code>{objection.reference}</Typography.Text>{' '}
                <Tag color={COLORS[objection.status]}>{t(`objectionStatuses.${objection.status}`)}</Tag>
                <Typography.Text type="secondary">{format.timestampDate(objection.submittedAt)}</Typography.Text>
              </>
            }
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
                  {objection.reason}
                </Typography.Paragraph>
                {(objection.name || objection.organisation) && (
                  <Typography.Text type="secondary">
                    {[objection.name, objection.organisation, objection.contact?.email, objection.contact?.phone]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                )}
                {objection.resolution && (
                  <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0 }}>
                    <strong>{t('objection.decision')}:</strong> {objection.resolution}
                  </Typography.Paragraph>
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
