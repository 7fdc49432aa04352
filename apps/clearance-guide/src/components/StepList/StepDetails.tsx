import { Descriptions, Space, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClearanceAgency, ClearanceStep } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { StepCost } from '../StepCost/StepCost.tsx';

interface StepDetailsProps {
  step: ClearanceStep;
  agency: ClearanceAgency | undefined;
}

/** Everything published about one step: who, what to bring, what comes out, how long, what it costs and why. */
export function StepDetails({ step, agency }: StepDetailsProps) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const { contact, timing } = step;
  const external = { target: '_blank', rel: 'noopener noreferrer' } as const;
  const items: DescriptionsProps['items'] = [
    {
      key: 'who',
      label: t('step.who'),
      children: (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{agency ? format.text(agency.name) : step.agencyId}</Typography.Text>
          <Typography.Text>{format.text(contact.unit)}</Typography.Text>
          <Typography.Text>
            {t('step.phone')} <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
            {contact.email && (
              <>
                {' · '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </Typography.Text>
          <Typography.Text type="secondary">{format.text(contact.address)}</Typography.Text>
          <Typography.Text type="secondary">{format.text(contact.openingHours)}</Typography.Text>
          {contact.website && (
            <Typography.Link href={contact.website} {...external}>
              {contact.website}
            </Typography.Link>
          )}
        </Space>
      ),
    },
    {
      key: 'documents',
      label: t('step.documents'),
      children: step.documents.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {step.documents.map((document) => (
            <li key={document.id}>
              {format.text(document.name)}{' '}
              <Typography.Text type="secondary">
                ({t('step.originalsCopies', { originals: document.originals, copies: document.copies })}
                {document.electronic ? `${t('listSeparator')}${t('documents.electronic')}` : ''})
              </Typography.Text>
              {document.note && <Typography.Text type="secondary"> — {format.text(document.note)}</Typography.Text>}
            </li>
          ))}
        </ul>
      ) : (
        t('step.noDocuments')
      ),
    },
    {
      key: 'outputs',
      label: t('step.outputs'),
      children: step.outputs.length ? step.outputs.map((output) => format.text(output)).join(t('listSeparator')) : '—',
    },
    {
      key: 'time',
      label: t('step.time'),
      children: (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>
            {timing.limitMinutes !== undefined
              ? t('step.limit', { duration: format.duration(timing.limitMinutes) })
              : t('step.noLimit')}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('step.typical', {
              counter: format.duration(timing.counterMinutes),
              waiting: format.duration(timing.waitingMinutes),
              next: format.duration(timing.untilNextMinutes),
            })}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'cost', label: t('step.cost'), children: <StepCost cost={step.cost} /> },
    {
      key: 'legal',
      label: t('step.legalBasis'),
      children: step.legalBasis.length
        ? step.legalBasis.map((basis, index) => (
            <div key={index}>
              {basis.url ? (
                <Typography.Link href={basis.url} {...external}>
                  {format.text(basis.title)}
                </Typography.Link>
              ) : (
                format.text(basis.title)
              )}
            </div>
          ))
        : '—',
    },
  ];
  if (step.onlineServiceUrl) {
    items.push({
      key: 'online',
      label: t('step.online'),
      children: (
        <Typography.Link href={step.onlineServiceUrl} {...external}>
          {step.onlineServiceUrl}
        </Typography.Link>
      ),
    });
  }
  return (
    <>
      <Typography.Paragraph>{format.text(step.description)}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: 160 } }} />
    </>
  );
}
