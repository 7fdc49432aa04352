import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Terminal } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { DemoTag } from '../DemoTag/DemoTag.tsx';

/** Who runs a terminal, where it is and how to reach its service desk. */
export function TerminalContacts({ terminal }: { terminal: Terminal }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { contacts } = terminal;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      title={
        <>
          {t('terminal.contacts')}
          {terminal.demo && <DemoTag />}
        </>
      }
      items={[
        { key: 'operator', label: t('terminal.operator'), children: terminal.operator[locale] },
        { key: 'port', label: t('terminal.port'), children: t(`ports.${terminal.port}`) },
        { key: 'address', label: t('terminal.address'), children: terminal.address[locale] },
        {
          key: 'phone',
          label: t('terminal.phone'),
          children: <a href={`tel:${contacts.phone.replace(/\s/g, '')}`}>{contacts.phone}</a>,
        },
        { key: 'hours', label: t('terminal.hours'), children: contacts.hours[locale] },
        ...(contacts.email
          ? [
              {
                key: 'email',
                label: t('terminal.email'),
                children: <a href={`mailto:${contacts.email}`}>{contacts.email}</a>,
              },
            ]
          : []),
        ...(contacts.website
          ? [
              {
                key: 'website',
                label: t('terminal.website'),
                children: (
                  <Typography.Link href={contacts.website} target="_blank" rel="noopener noreferrer">
                    {contacts.website.replace(/^https?:\/\//, '')}
                  </Typography.Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
