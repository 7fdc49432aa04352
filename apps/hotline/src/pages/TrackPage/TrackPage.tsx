import { Alert, Button, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import { normaliseTicketNumber, type ComplaintTrackRequest, type ContactPhoneRegion } from '@sw/contracts';
import { useLocale, useModuleSearch } from '@sw/module-kit';
import { useTrack } from '../../api/useTrack.ts';
import { errorMessage } from '../../errors/errorMessage.ts';
import { PhoneField } from '../../components/PhoneField/PhoneField.tsx';
import { TrackingResult } from '../../components/TrackingResult/TrackingResult.tsx';
import { useIntake } from '../../intake/IntakeContext.tsx';
import { checkPhone } from '../../phone/phone.ts';

type Errors = Partial<Record<'ticketNumber' | 'contact', string>>;

/** The search parameter the page owns: the ticket number from the receipt's link. */
const TRACK_KEYS = ['ticket'];

/**
 * Tracking by ticket number plus the phone number or e-mail address it was filed with. The contact
 * goes in the request body only; the ticket number may come from the receipt's link (`?ticket=`).
 */
export function TrackPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useModuleSearch(TRACK_KEYS);
  const intake = useIntake();
  const track = useTrack();
  const ids = { ticket: useId(), contact: useId(), method: useId() };
  const [ticketNumber, setTicketNumber] = useState(() => params.get('ticket') ?? '');
  const [method, setMethod] = useState<'phone' | 'email'>('phone');
  const [region, setRegion] = useState<ContactPhoneRegion>(locale === 'zh-HK' ? 'HK' : 'CN');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [lastRequest, setLastRequest] = useState<ComplaintTrackRequest>();
  const deviceTickets = intake.receipts.tickets();

  const submit = () => {
    const next: Errors = {};
    const number = normaliseTicketNumber(ticketNumber);
    if (!number) next.ticketNumber = t('track.errors.ticketNumber');
    let request: ComplaintTrackRequest | undefined;
    if (method === 'phone') {
      const checked = checkPhone(phone, region);
      if (!checked.ok) next.contact = t(`form.errors.phoneInvalid.${checked.region}`);
      else if (number) request = { ticketNumber: number, phone: checked.e164 };
    } else if (!z.email().safeParse(email.trim()).success) {
      next.contact = t('form.errors.emailInvalid');
    } else if (number) {
      request = { ticketNumber: number, email: email.trim() };
    }
    setErrors(next);
    if (request) {
      setLastRequest(request);
      track.mutate(request);
    }
  };

  const notFound = track.error instanceof ApiError && track.error.code === 'complaint.not_found';
  return (
    <Flex vertical gap={24}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('track.intro')}
      </Typography.Paragraph>
      <Form
        layout="vertical"
        component="form"
        noValidate
        aria-label={t('track.label')}
        onSubmitCapture={(event) => {
          event.preventDefault();
          submit();
        }}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          label={t('track.ticketNumber')}
          htmlFor={ids.ticket}
          validateStatus={errors.ticketNumber ? 'error' : undefined}
          help={errors.ticketNumber}
          extra={
            deviceTickets.length > 0 && (
              <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
                <span>{t('track.fromThisDevice')}</span>
                {deviceTickets.map((ticket) => (
                  <Tag.CheckableTag
                    key={ticket.ticketNumber}
                    checked={ticket.ticketNumber === ticketNumber}
                    onChange={() => setTicketNumber(ticket.ticketNumber)}
                  >
                    {ticket.ticketNumber}
                  </Tag.CheckableTag>
                ))}
              </Flex>
            )
          }
        >
          <Input
            id={ids.ticket}
            value={ticketNumber}
            onChange={(event) => setTicketNumber(event.target.value)}
            placeholder="HL-20261127-7K3F9Q"
            maxLength={40}
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item label={<span id={ids.method}>{t('track.contactMethod')}</span>}>
          <Radio.Group
            aria-labelledby={ids.method}
            value={method}
            onChange={(event) => setMethod(event.target.value)}
            optionType="button"
          >
            <Radio.Button value="phone">{t('form.phone')}</Radio.Button>
            <Radio.Button value="email">{t('form.email')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={method === 'phone' ? t('track.phoneUsed') : t('track.emailUsed')}
          htmlFor={ids.contact}
          validateStatus={errors.contact ? 'error' : undefined}
          help={errors.contact}
        >
          {method === 'phone' ? (
            <PhoneField
              id={ids.contact}
              region={region}
              value={phone}
              onRegionChange={setRegion}
              onChange={setPhone}
              invalid={Boolean(errors.contact)}
            />
          ) : (
            <Input
              id={ids.contact}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              maxLength={200}
            />
          )}
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={track.isPending}>
            {t('track.submit')}
          </Button>
          {track.data && lastRequest && (
            <Button onClick={() => track.mutate(lastRequest)} disabled={track.isPending}>
              {t('track.refresh')}
            </Button>
          )}
        </Flex>
      </Form>
      <div aria-live="polite">
        {track.isError && (
          <Alert
            type={notFound ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={notFound ? t('track.notFound') : errorMessage(track.error, t)}
          />
        )}
        {track.data && !track.isError && <TrackingResult ticket={track.data} />}
      </div>
    </Flex>
  );
}
