import { Alert, Flex, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_DEFAULT_LIMIT,
  complaintListQueryToSearchParams,
  complaintUnitsHandledBy,
  type ComplaintListQuery,
} from '@sw/contracts';
import { LoadError, useModuleSearch, useSession } from '@sw/module-kit';
import { useComplaintQueue, useComplaintStaff } from '../../api/staffQueries.ts';
import { refusalMessage } from '../../errors/errorMessage.ts';
import { QueueFilters } from '../../components/QueueFilters/QueueFilters.tsx';
import { QueueTable } from '../../components/QueueTable/QueueTable.tsx';
import { useNow } from '../../hooks/useNow.ts';
import { OVERDUE_QUERY, QUEUE_KEYS, queueQuery } from '../../navigation/staffPageParams.ts';

/** The triage queue for the viewer's units: filters in the URL, most urgent first, overdue marked. */
export function QueuePage() {
  const { t } = useTranslation();
  const user = useSession()!;
  const now = useNow();
  const [params, setParams] = useModuleSearch(QUEUE_KEYS);
  const query = useMemo(() => queueQuery(params), [params]);
  const setQuery = useCallback(
    (next: ComplaintListQuery) => setParams(complaintListQueryToSearchParams(next)),
    [setParams],
  );
  const queue = useComplaintQueue(query);
  const overdue = useComplaintQueue(OVERDUE_QUERY);
  const staff = useComplaintStaff();
  const units = complaintUnitsHandledBy(user.role);
  const pageSize = query.limit ?? COMPLAINT_DEFAULT_LIMIT;
  const page = Math.floor((query.offset ?? 0) / pageSize) + 1;

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('queue.intro', { units: units.map((unit) => t(`units.${unit}`)).join(t('listSeparator')) })}
      </Typography.Paragraph>
      {overdue.data && overdue.data.total > 0 && (
        <Alert type="error" showIcon title={t('queue.overdueCount', { count: overdue.data.total })} />
      )}
      <QueueFilters query={query} onChange={setQuery} units={units} staff={staff.data?.items ?? []} />
      {queue.isError && !queue.data ? (
        <LoadError
          refusal={refusalMessage(t)}
          title={t('queue.loadFailed')}
          error={queue.error}
          onRetry={() => void queue.refetch()}
        />
      ) : (
        <>
          <Typography.Text role="status" aria-live="polite" strong>
            {queue.data ? t('common:resultsCount', { count: queue.data.total }) : t('common:loading')}
          </Typography.Text>
          <QueueTable
            items={queue.data?.items ?? []}
            total={queue.data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            now={now}
            loading={queue.isFetching}
            onPageChange={(nextPage, nextSize) =>
              setQuery({
                ...query,
                limit: nextSize === COMPLAINT_DEFAULT_LIMIT ? undefined : nextSize,
                offset: nextPage > 1 ? (nextPage - 1) * nextSize : undefined,
              })
            }
          />
        </>
      )}
    </Flex>
  );
}
