import { AlertOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintPrefill, FeeItem } from '@sw/contracts';
import { useHost, useLocale } from '@sw/module-kit';

/** The complaint form's pre-filled fields for an item (the hotline module reads them). */
export function complaintAbout(item: FeeItem, label: string): ComplaintPrefill {
  return { category: 'port-charges', relatedItem: { kind: 'fee', id: item.id, label } };
}

/**
 * "Report this charge": opens the hotline module's complaint form pre-filled with the item, through
 * the host's navigation (modules never import each other). Where the release has no hotline module,
 * it gives the hotline's number instead.
 */
export function ReportChargeButton({ item }: { item: FeeItem }) {
  const { t } = useTranslation();
  const host = useHost();
  const locale = useLocale();
  const hasHotline = host.modules().some((module) => module.routes.includes('/hotline'));
  const label = `${item.name[locale]} (${item.code}, ${item.chargingBody.name[locale]})`;
  if (!hasHotline) {
    return (
      <Typography.Text>
        {t('report.byPhone')} <Typography.Link href="tel:95198">95198</Typography.Link>
      </Typography.Text>
    );
  }
  return (
    <Button
      danger
      icon={<AlertOutlined aria-hidden />}
      href="/hotline"
      onClick={(event) => {
        event.preventDefault();
        host.navigation.navigate('/hotline', { prefill: complaintAbout(item, label) });
      }}
    >
      {t('report.button')}
    </Button>
  );
}
