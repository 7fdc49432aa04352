import { Alert, Flex, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_DEFAULT_LIMIT,
  complaintListQuerySchema,
  complaintListQueryToSearchParams,
  complaintUnitsHandledBy,
  parseComplaintListParams,
  type ComplaintListQuery,
} from '@sw/contracts';
import { LoadError, useModuleSearch, useSession } from '@sw/module-kit';
import { useComplaintQueue, useComplaintStaff } from '../../api/staffQueries.ts';
import { refusalMessage } from '../../errors/errorMessage.ts';
import { QueueFilters } from '../../components/QueueFilters/QueueFilters.tsx';
import { QueueTable } from '../../components/QueueTable/QueueTable.tsx';
import { useNow } from '../../hooks/useNow.ts';

const QUERY_KEYS = Object.keys(complaintListQuerySchema.shape);

/** A shared link with a bad value still opens: the valid filters apply, the bad ones are dropped. */
function readQuery(params: URLSearchParams): ComplaintListQuery {
  const parsed = parseComplaintListParams(params);
  if (parsed.ok) return parsed.query;
  const bad = new Set(parsed.errors.map((error) => error.path));
  const kept = new URLSearchParams([...params].filter(([key]) => !bad.has(key)));
  const retry = parseComplaintListParams(kept);
  return retry.ok ? retry.query : {};
}

/** The triage queue for the viewer's units: filters in the URL, most urgent first, overdue marked. */
export function QueuePage() {
  const { t } = useTranslation();
  const user = useSession()!;
  const now = useNow();
  const [params, setParams] = useModuleSearch(QUERY_KEYS);
  const query = useMemo(() => readQuery(params), [params]);
  const setQuery = useCallback(
    (next: ComplaintListQuery) => setParams(complaintListQueryToSearchParams(next)),
    [setParams],
  );
  const queue = useComplaintQueue(query);
  const overdue = useComplaintQueue({ overdue: 'true', limit: 1 });
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
