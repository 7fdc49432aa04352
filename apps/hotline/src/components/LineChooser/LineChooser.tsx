import { Button, Card, Empty, Flex, Radio, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  HOTLINE_CALLER_LOCATIONS,
  recommendHotlines,
  type ComplaintCategory,
  type Hotline,
  type HotlineCallerLocation,
} from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { DialButtons } from '../HotlineCard/HotlineCard.tsx';

interface LineChooserProps {
  hotlines: readonly Hotline[];
  /** Opens the written form with this category chosen. */
  onWrite(category: ComplaintCategory): void;
}

/** "Which line for my problem?": two questions, then the lines to call from there, or the written form. */
export function LineChooser({ hotlines, onWrite }: LineChooserProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const topicId = useId();
  const locationId = useId();
  const [topic, setTopic] = useState<ComplaintCategory>();
  const [location, setLocation] = useState<HotlineCallerLocation>();
  const lines = topic && location ? recommendHotlines(hotlines, topic, location) : [];
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('chooser.title')}
        </Typography.Title>
      }
    >
      <Flex vertical gap={16}>
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend id={topicId} style={{ fontWeight: 600, marginBottom: 8 }}>
            {t('chooser.topic')}
          </legend>
          <Radio.Group aria-labelledby={topicId} value={topic} onChange={(event) => setTopic(event.target.value)}>
            <Flex wrap gap={8}>
              {COMPLAINT_CATEGORIES.map((category) => (
                <Radio key={category} value={category}>
                  {t(`categories.${category}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </fieldset>
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend id={locationId} style={{ fontWeight: 600, marginBottom: 8 }}>
            {t('chooser.location')}
          </legend>
          <Radio.Group
            aria-labelledby={locationId}
            value={location}
            onChange={(event) => setLocation(event.target.value)}
          >
            <Flex wrap gap={8}>
              {HOTLINE_CALLER_LOCATIONS.map((where) => (
                <Radio key={where} value={where}>
                  {t(`callerLocations.${where}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </fieldset>
        <div aria-live="polite">
          {topic && location && (
            <Flex vertical gap={12}>
              {lines.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chooser.noLine')} />
              ) : (
                lines.map((line) => (
                  <Flex key={line.id} vertical gap={4}>
                    <Typography.Text strong id={`${topicId}-${line.id}`}>
                      {line.number} · {line.name[locale]}
                    </Typography.Text>
                    <Typography.Text type="secondary">{line.hours[locale]}</Typography.Text>
                    <DialButtons hotline={line} location={location} describedBy={`${topicId}-${line.id}`} />
                  </Flex>
                ))
              )}
              <Flex align="center" gap={8} wrap>
                <Typography.Text>{t('chooser.orWrite')}</Typography.Text>
                <Button type="primary" onClick={() => onWrite(topic)}>
                  {t('chooser.write')}
                </Button>
              </Flex>
            </Flex>
          )}
        </div>
      </Flex>
    </Card>
  );
}
