import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseChange } from '@sw/contracts';
import { moduleDisplayName } from '@sw/i18n';
import { useLocale } from '@sw/module-kit';

/** One sentence per change between two releases, in the reader's language. */
export function ChangeList({ changes }: { changes: ReleaseChange[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (changes.length === 0) return <Typography.Text type="secondary">{t('changes.none')}</Typography.Text>;
  const name = (module: string) => `${moduleDisplayName(locale, module)} (${module})`;
  const policy = (summary: string) => {
    const [where, ...origins] = summary.split(' + ');
    return [t(`testingPolicy.${where}`, { defaultValue: where }), ...origins].join(' + ');
  };
  const sentence = (change: ReleaseChange): string => {
    switch (change.kind) {
      case 'added':
      case 'removed':
        return t(`changes.${change.kind}`, { module: name(change.module), version: change.version });
      case 'version':
        return t('changes.version', { module: name(change.module), from: change.from, to: change.to });
      case 'entry':
        return t('changes.entry', { module: name(change.module) });
      case 'apps':
        return t('changes.apps', { module: name(change.module), from: change.from.join(' '), to: change.to.join(' ') });
      case 'canary':
        if (!change.from && change.to) return t('changes.canaryStart', { module: name(change.module), ...change.to });
        if (change.from && !change.to) return t('changes.canaryEnd', { module: name(change.module), ...change.from });
        return t('changes.canaryChange', {
          module: name(change.module),
          from: `${change.from?.version} · ${change.from?.percent}%`,
          to: `${change.to?.version} · ${change.to?.percent}%`,
        });
      case 'testing':
        return t('changes.testing', { from: policy(change.from), to: policy(change.to) });
    }
  };
  return (
    <List
      size="small"
      dataSource={changes}
      renderItem={(change) => <List.Item>{sentence(change)}</List.Item>}
      aria-label={t('staging.changes')}
    />
  );
}
