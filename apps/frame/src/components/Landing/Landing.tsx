import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SuiteLink } from '@sw/module-kit';
import { SUITE_MODULES } from '../../suiteModules.ts';
import { useReleasedRoutes } from '../../useReleasedRoutes.ts';

export function Landing() {
  const { t } = useTranslation();
  const released = useReleasedRoutes();
  return (
    <section style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }} aria-labelledby="sw-landing-heading">
      <Typography.Title id="sw-landing-heading" level={2}>
        {t('landing.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('landing.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SUITE_MODULES.map((m) => {
          const live = released.has(m.route);
          const title = t(`common:moduleNames.${m.module}`);
          return (
            <Col key={m.key} xs={24} sm={12} lg={8}>
              <Card
                title={title}
                style={{ height: '100%', opacity: live ? 1 : 0.6 }}
                extra={live ? <SuiteLink to={m.route}>{t('landing.open')}</SuiteLink> : undefined}
              >
                <Typography.Paragraph style={{ marginBottom: 0 }}>{t(`modules.${m.key}`)}</Typography.Paragraph>
                {!live && <Typography.Text type="secondary">{t('unavailable')}</Typography.Text>}
              </Card>
            </Col>
          );
        })}
      </Row>
    </section>
  );
}
