import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hotline, HotlineCallerLocation } from '@sw/contracts';
import { hotlineDialsFrom } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { ToneTag } from '@sw/ui';

/** The ways to dial a line, each saying from where it works, as `tel:` links. */
export function DialButtons({
  hotline,
  location,
  describedBy,
}: {
  hotline: Hotline;
  location?: HotlineCallerLocation;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8}>
      {hotlineDialsFrom(hotline, location).map((dial) => {
        const where = dial.from?.map((from) => t(`callerLocations.${from}`)).join(t('listSeparator'));
        return (
          // The visible text is the link's name (number, from where); the line it belongs to describes it.
          <Button
            key={dial.display}
            href={dial.tel}
            icon={<PhoneOutlined aria-hidden />}
            aria-describedby={describedBy}
          >
            <span style={{ fontWeight: 600 }}>{dial.display}</span>
            {where && !location && <span style={{ fontSize: 12 }}> · {where}</span>}
          </Button>
        );
      })}
    </Flex>
  );
}

/** One line of the directory: whom it reaches, what for, when, in which languages, and how to dial it. */
export function HotlineCard({ hotline }: { hotline: Hotline }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nameId = useId();
  return (
    <Card
      title={
        <Flex vertical gap={0} style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {hotline.number}
          </Typography.Title>
          <Typography.Text id={nameId}>{hotline.name[locale]}</Typography.Text>
        </Flex>
      }
      extra={hotline.demo ? <ToneTag tone="demo">{t('directory.partlyDemo')}</ToneTag> : undefined}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={12}>
        <DialButtons hotline={hotline} describedBy={nameId} />
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'agency', label: t('directory.agency'), children: hotline.agency[locale] },
            { key: 'scope', label: t('directory.scope'), children: hotline.scope[locale] },
            { key: 'hours', label: t('directory.hours'), children: hotline.hours[locale] },
            {
              key: 'languages',
              label: t('directory.languages'),
              children: hotline.languages.map((language) => t(`languages.${language}`)).join(t('listSeparator')),
            },
            ...(hotline.source ? [{ key: 'source', label: t('common:source'), children: hotline.source }] : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
