import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Result, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintReceipt } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { printReceipt } from './printReceipt.ts';

interface ReceiptProps {
  receipt: ComplaintReceipt;
  onTrack(): void;
  onNew(): void;
}

/** The ticket number to quote and copy, when to expect an answer, and a receipt to print. */
export function Receipt({ receipt, onTrack, onNew }: ReceiptProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useHotlineFormat();
  const container = useRef<HTMLDivElement>(null);
  const trackWith = [receipt.trackWith.phone, receipt.trackWith.email].filter(Boolean).join(t('listSeparator'));
  const lines = [
    { key: 'ticketNumber', label: t('receipt.ticketNumber'), value: receipt.ticketNumber },
    { key: 'submittedAt', label: t('receipt.submittedAt'), value: format.dateTime(receipt.submittedAt) },
    {
      key: 'type',
      label: t('receipt.type'),
      value: `${t(`types.${receipt.type}`)} · ${t(`categories.${receipt.category}`)}`,
    },
    { key: 'unit', label: t('receipt.unit'), value: t(`units.${receipt.unit}`) },
    { key: 'acknowledgeBy', label: t('receipt.acknowledgeBy'), value: format.dateTime(receipt.sla.acknowledgeBy) },
    { key: 'replyBy', label: t('receipt.replyBy'), value: format.dateTime(receipt.sla.replyBy) },
    ...(receipt.attachments.length
      ? [
          {
            key: 'attachments',
            label: t('receipt.attachments'),
            value: receipt.attachments.map((file) => file.name).join(t('listSeparator')),
          },
        ]
      : []),
    { key: 'trackWith', label: t('receipt.trackWith'), value: trackWith },
  ];
  return (
    <div ref={container}>
      <Result
        status="success"
        title={t('receipt.title')}
        subTitle={
          <Flex vertical align="center" gap={4}>
            <Typography.Text>{t('receipt.quote')}</Typography.Text>
            <Typography.Text
              strong
              copyable={{ text: receipt.ticketNumber, tooltips: [t('receipt.copy'), t('receipt.copied')] }}
              style={{ fontSize: 24, letterSpacing: 1 }}
              data-testid="ticket-number"
            >
              {receipt.ticketNumber}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Flex wrap gap={8} justify="center">
            <Button
              icon={<PrinterOutlined aria-hidden />}
              onClick={() =>
                container.current && printReceipt(container.current, t('receipt.printTitle'), lines, locale)
              }
            >
              {t('receipt.print')}
            </Button>
            <Button type="primary" onClick={onTrack}>
              {t('receipt.track')}
            </Button>
            <Button onClick={onNew}>{t('receipt.new')}</Button>
          </Flex>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ maxWidth: 640, margin: '0 auto' }}
        items={lines.map((line) => ({ key: line.key, label: line.label, children: line.value }))}
      />
    </div>
  );
}
