import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const { Text, Link } = Typography;

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer style={{ background: '#f5f7fa', borderTop: '1px solid #e5e8ef', marginTop: 32 }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('footer.hotlines')}
        </Typography.Title>
        <Row gutter={[32, 16]}>
          <Col xs={24} md={12}>
            <Text strong>{t('footer.singleWindow')} </Text>
            <Link href="tel:95198" aria-label={`${t('footer.singleWindow')} 95198`}>
              95198
            </Link>
            <br />
            <Text type="secondary">{t('footer.singleWindowScope')}</Text>
          </Col>
          <Col xs={24} md={12}>
            <Text strong>{t('footer.customs')} </Text>
            <Link href="tel:12360">12360</Link>
            {' / '}
            <Link href="tel:+8675512360">0755-12360</Link>
            <br />
            <Text type="secondary">{t('footer.customsScope')}</Text>
          </Col>
        </Row>
        <Text type="secondary" style={{ display: 'block', marginTop: 16 }}>
          {t('footer.operator')}
        </Text>
      </div>
    </footer>
  );
}
