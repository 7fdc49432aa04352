import { Drawer, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceOperation, ServiceStandard, StandardStatus, Terminal } from '@sw/contracts';
import { LoadError, useLocale } from '@sw/module-kit';
import { useStandardHistory } from '../../api/useStandardHistory.ts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { versionChanges, type ChangedField } from '../../history/versionChanges.ts';
import { Loading } from '../Loading/Loading.tsx';

const STATUS_COLORS: Record<StandardStatus, string> = {
  'in-force': 'success',
  scheduled: 'processing',
  superseded: 'default',
};

interface StandardHistoryDrawerProps {
  terminal: Terminal;
  /** The standard whose history is shown; the drawer is closed without one. */
  operation: ServiceOperation | undefined;
  onClose(): void;
}

/** Every version of one standard, newest first, each with what it changed. */
export function StandardHistoryDrawer({ terminal, operation, onClose }: StandardHistoryDrawerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const history = useStandardHistory(terminal.id, operation);

  const describe = (field: ChangedField, before: ServiceStandard, after: ServiceStandard): ReactNode => {
    switch (field) {
      case 'timeLimit':
        return t('history.changed.timeLimit', {
          before: format.timeLimit(before.timeLimit),
          after: format.timeLimit(after.timeLimit),
        });
      case 'clockStart':
        return t('history.changed.clockStart', {
          before: t(`clockStarts.${before.clockStart}`),
          after: t(`clockStarts.${after.clockStart}`),
        });
      case 'commitmentPercent':
        return t('history.changed.commitment', {
          before: format.percent(before.commitmentPercent),
          after: format.percent(after.commitmentPercent),
        });
      default:
        return t(`history.changed.${field}`);
    }
  };

  let content: ReactNode;
  if (history.isError) {
    content = (
      <LoadError
        title={t('history.loadError')}
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  } else if (!history.data) {
    content = <Loading retrying={history.failureCount > 0} />;
  } else {
    const items = history.data.items;
    content = (
      <Timeline
        items={items.map((version, index) => {
          const previous = items[index + 1];
          const changes = previous ? versionChanges(previous, version) : [];
          return {
            key: version.version,
            color: version.status === 'in-force' ? 'green' : version.status === 'scheduled' ? 'blue' : 'gray',
            content: (
              <article aria-label={t('history.version', { version: version.version })}>
                <Typography.Text strong>{t('history.version', { version: version.version })}</Typography.Text>{' '}
                <Tag color={STATUS_COLORS[version.status]}>{t(`statuses.${version.status}`)}</Tag>
                <Typography.Paragraph style={{ margin: '4px 0' }}>
                  {t('history.summary', {
                    limit: format.timeLimit(version.timeLimit),
                    event: t(`clockStarts.${version.clockStart}`),
                    commitment: format.percent(version.commitmentPercent),
                  })}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('history.dates', {
                    published: format.timestampDate(version.publishedAt),
                    effective: format.date(version.effectiveFrom),
                  })}
                </Typography.Text>
                {previous ? (
                  <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                    {changes.length ? (
                      changes.map((field) => <li key={field}>{describe(field, previous, version)}</li>)
                    ) : (
                      <li>{t('history.changed.nothing')}</li>
                    )}
                  </ul>
                ) : (
                  <Typography.Text style={{ display: 'block' }}>{t('history.first')}</Typography.Text>
                )}
                {version.changeNote && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {version.changeNote[locale]}
                  </Typography.Paragraph>
                )}
              </article>
            ),
          };
        })}
      />
    );
  }

  return (
    <Drawer
      open={operation !== undefined}
      onClose={onClose}
      size={520}
      destroyOnHidden
      title={
        operation
          ? t('history.title', { operation: t(`operations.${operation}`), terminal: terminal.shortName })
          : undefined
      }
    >
      {content}
    </Drawer>
  );
}
