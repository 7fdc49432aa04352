import { Button, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError, useHost } from '@sw/module-kit';
import { useHotlines } from '../../api/useHotlines.ts';
import { HotlineCard } from '../../components/HotlineCard/HotlineCard.tsx';
import { LineChooser } from '../../components/LineChooser/LineChooser.tsx';
import { refusalMessage } from '../../errors/errorMessage.ts';
import { useIntake } from '../../intake/IntakeContext.tsx';
import { PATHS } from '../../navigation/paths.ts';

/** The hotline directory with the guided chooser, and the ways to write instead of calling. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { navigation } = useHost();
  const intake = useIntake();
  const hotlines = useHotlines();

  if (hotlines.isError)
    return (
      <LoadError
        refusal={refusalMessage(t)}
        title={t('directory.loadFailed')}
        error={hotlines.error}
        onRetry={() => void hotlines.refetch()}
      />
    );
  if (!hotlines.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const items = hotlines.data.items;
  return (
    <Flex vertical gap={24}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Paragraph style={{ margin: 0, maxWidth: 760 }}>{t('directory.intro')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            href={PATHS.file}
            onClick={(event) => (event.preventDefault(), navigation.push(PATHS.file))}
          >
            {t('directory.write')}
          </Button>
          <Button href={PATHS.track} onClick={(event) => (event.preventDefault(), navigation.push(PATHS.track))}>
            {t('directory.track')}
          </Button>
        </Flex>
      </Flex>
      <LineChooser
        hotlines={items}
        onWrite={(category) => {
          intake.prefills.offer({ category });
          navigation.push(PATHS.file);
        }}
      />
      <section aria-labelledby="hotline-directory-lines">
        <Typography.Title level={3} id="hotline-directory-lines">
          {t('directory.lines')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {items.map((hotline) => (
            <Col key={hotline.id} xs={24} md={12} xl={8}>
              <HotlineCard hotline={hotline} />
            </Col>
          ))}
        </Row>
      </section>
    </Flex>
  );
}
