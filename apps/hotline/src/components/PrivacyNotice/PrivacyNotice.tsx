import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_PRIVACY_NOTICE_VERSION } from '@sw/contracts';

/** What happens to the personal data in a complaint (the notice the person consents to). */
export function PrivacyNotice() {
  const { t } = useTranslation();
  const points = ['purpose', 'sharing', 'masking', 'retention', 'device', 'rights'] as const;
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'notice',
          label: t('privacy.title', { version: COMPLAINT_PRIVACY_NOTICE_VERSION }),
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {points.map((point) => (
                <li key={point}>
                  <Typography.Text>{t(`privacy.${point}`)}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
