import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Space, Typography, Upload } from 'antd';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import {
  LOCALES,
  SERVICE_OPERATIONS,
  committedPercentFor,
  monthsBefore,
  shenzhenMonth,
  type ActualsUploadResponse,
  type ServiceOperation,
  type Terminal,
} from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useSession } from '@sw/module-kit';
import { TableFileError, downloadTable, parseTableFile } from '@sw/ui';
import { useActuals } from '../../api/useActuals.ts';
import { useStandardVersions } from '../../api/useStandardVersions.ts';
import { useStandards } from '../../api/useStandards.ts';
import { useTerminals } from '../../api/useTerminals.ts';
import { useUploadActuals } from '../../api/useUploadActuals.ts';
import { canManageTerminal } from '../../access/canManageTerminal.ts';
import { ActualsPreview, type PreviewRow } from '../../components/ActualsPreview/ActualsPreview.tsx';
import { Loading } from '../../components/Loading/Loading.tsx';
import { Pending } from '../../components/Pending/Pending.tsx';
import { writeErrorMessage } from '../../errors/writeErrorMessage.ts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { paths } from '../../routing/paths.ts';
import {
  UPLOAD_COLUMNS,
  checkUploadRows,
  readActualsRows,
  withRowErrors,
  type FileProblem,
  type ReadOptions,
  type UploadColumn,
} from '../../upload/readActualsRows.ts';

type UploadState =
  { fileName: string; rows: PreviewRow[] } | { fileName: string; problem: FileProblem | 'unreadable' | 'unsupported' };

/** Upload a terminal's monthly actuals from CSV or Excel: template, preview with every problem named, then all or nothing. */
export function UploadActualsPage({ terminalId }: { terminalId: string }) {
  const { t } = useTranslation();
  const user = useSession();
  const terminals = useTerminals();
  const terminal = terminals.data?.items.find((candidate) => candidate.id === terminalId);

  if (terminals.isError || !terminals.data) return <Pending queries={[terminals]} />;
  if (!terminal) {
    return (
      <Result
        status="404"
        title={t('terminal.notFound')}
        extra={<ModuleLink to={paths.terminals()}>{t('terminal.backToList')}</ModuleLink>}
      />
    );
  }
  if (!canManageTerminal(user, terminal)) {
    return (
      <Result
        status={user ? '403' : 'info'}
        title={t(user ? 'upload.forbidden' : 'upload.signIn', { terminal: terminal.shortName })}
        subTitle={t('upload.whoMay', { terminal: terminal.shortName })}
        extra={
          <ModuleLink to={paths.terminal(terminal.id)}>{t('upload.back', { terminal: terminal.shortName })}</ModuleLink>
        }
      />
    );
  }
  return <UploadForm terminal={terminal} />;
}

function UploadForm({ terminal }: { terminal: Terminal }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const titleId = useId();
  const standards = useStandards();
  const operations = useMemo(
    () =>
      SERVICE_OPERATIONS.filter((operation) =>
        standards.data?.items.some((s) => s.terminalId === terminal.id && s.operation === operation),
      ),
    [standards.data, terminal.id],
  );
  const history = useStandardVersions(terminal.id, operations);
  const existing = useActuals({ terminal: terminal.id });
  const uploadActuals = useUploadActuals(terminal.id);
  const [upload, setUpload] = useState<UploadState>();
  const [result, setResult] = useState<ActualsUploadResponse>();
  const [submitError, setSubmitError] = useState<string>();
  const idempotencyKey = useRef<string>(undefined);
  const currentMonth = shenzhenMonth(new Date());

  // Headers and operation names are accepted in any of the three languages, as well as the codes.
  const readOptions = useMemo((): ReadOptions => {
    const inEvery = (key: string) => LOCALES.map((l) => i18n.getFixedT(l, 'service-times')(key));
    const headerAliases = Object.fromEntries(
      UPLOAD_COLUMNS.map((column) => [column, inEvery(`upload.columns.${column}`)]),
    ) as Record<UploadColumn, string[]>;
    const operationNames = new Map<string, ServiceOperation>();
    for (const operation of SERVICE_OPERATIONS) {
      for (const name of [operation, ...inEvery(`operations.${operation}`)]) {
        operationNames.set(name.normalize('NFKC').trim().toLowerCase(), operation);
      }
    }
    return { headerAliases, operationNames };
  }, [i18n]);

  const readFile = async (file: File) => {
    setResult(undefined);
    setSubmitError(undefined);
    idempotencyKey.current = undefined;
    try {
      const table = await parseTableFile(file);
      const read = readActualsRows(table, readOptions);
      if (read.problem) {
        setUpload({ fileName: file.name, problem: read.problem });
        return;
      }
      const versions = history.versions ?? [];
      const checked = checkUploadRows(read.rows, { versions, currentMonth, terminal: terminal.shortName });
      const reported = new Map(
        (existing.data?.items ?? []).map((m) => [`${m.operation} ${m.month}`, m.withinLimitPercent]),
      );
      setUpload({
        fileName: file.name,
        rows: checked.map((row) => {
          const committedPercent = row.row && committedPercentFor(versions, row.row.operation, row.row.month);
          const replaces = row.row && reported.get(`${row.row.operation} ${row.row.month}`);
          return {
            ...row,
            ...(committedPercent !== undefined ? { committedPercent } : {}),
            ...(replaces !== undefined ? { replaces } : {}),
          };
        }),
      });
    } catch (error) {
      const reason =
        error instanceof TableFileError && error.reason === 'unsupported-type' ? 'unsupported' : 'unreadable';
      setUpload({
        fileName: file.name,
        problem: error instanceof TableFileError && error.reason === 'empty' ? { code: 'noRows' } : reason,
      });
    }
  };

  const downloadTemplate = () => {
    const lastMonth = monthsBefore(currentMonth, 1);
    const columns = UPLOAD_COLUMNS.map((column) => ({
      title: column,
      value: (operation: ServiceOperation) =>
        column === 'month' ? lastMonth : column === 'operation' ? operation : '',
    }));
    void downloadTable('csv', t('upload.templateName', { terminal: terminal.shortName }), columns, operations);
  };

  const send = async () => {
    if (!upload || !('rows' in upload)) return;
    setSubmitError(undefined);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const written = await uploadActuals.mutateAsync({
        rows: upload.rows.map((row) => row.row!),
        idempotencyKey: idempotencyKey.current,
      });
      setResult(written);
      setUpload(undefined);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) {
        setUpload({ ...upload, rows: withRowErrors(upload.rows, error.problem.errors, terminal.shortName) });
      }
      setSubmitError(writeErrorMessage(error, t));
    }
  };

  if (standards.isError || history.error || existing.isError) {
    return (
      <LoadError
        title={t('errors.loadTitle')}
        error={standards.error ?? history.error ?? existing.error}
        onRetry={() => {
          void standards.refetch();
          history.refetch();
          void existing.refetch();
        }}
      />
    );
  }
  if (!standards.data || !history.versions || !existing.data) return <Loading />;

  const rows = upload && 'rows' in upload ? upload.rows : undefined;
  const withProblems = rows?.filter((row) => row.problems.length).length ?? 0;
  const fileProblem = upload && 'problem' in upload ? upload.problem : undefined;

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={3} style={{ marginTop: 0 }}>
        {t('upload.title', { terminal: `${terminal.name[locale]} (${terminal.shortName})` })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('upload.intro')}</Typography.Paragraph>
      <ModuleLink to={paths.terminal(terminal.id)}>{t('upload.back', { terminal: terminal.shortName })}</ModuleLink>

      {result && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ margin: '16px 0' }}
          title={t('upload.done', { created: result.created, replaced: result.replaced })}
          description={
            result.items.some((m) => m.belowCommitment)
              ? t('upload.doneBelow', {
                  months: result.items
                    .filter((m) => m.belowCommitment)
                    .map((m) => `${format.month(m.month)} ${t(`operations.${m.operation}`)}`)
                    .join(t('listSeparator')),
                })
              : undefined
          }
        />
      )}

      <ol style={{ paddingInlineStart: 20, marginTop: 16 }}>
        <li style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('upload.step1', { columns: UPLOAD_COLUMNS.join(', ') })}
          </Typography.Paragraph>
          <Button icon={<DownloadOutlined aria-hidden />} onClick={downloadTemplate}>
            {t('upload.template')}
          </Button>
        </li>
        <li>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('upload.step2')}</Typography.Paragraph>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <p>
              <InboxOutlined aria-hidden style={{ fontSize: 32 }} />
            </p>
            <p>{t('upload.drop')}</p>
          </Upload.Dragger>
        </li>
      </ol>

      {upload && (
        <section aria-label={t('upload.preview.label')} style={{ marginTop: 24 }}>
          <Typography.Title level={4}>{t('upload.preview.title', { file: upload.fileName })}</Typography.Title>
          {fileProblem && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={
                typeof fileProblem === 'string'
                  ? t(`upload.fileProblems.${fileProblem}`)
                  : t(`upload.fileProblems.${fileProblem.code}`, {
                      columns: 'columns' in fileProblem ? fileProblem.columns.join(', ') : '',
                      max: 'max' in fileProblem ? fileProblem.max : '',
                    })
              }
              description={t('upload.nothingSent')}
            />
          )}
          {rows && (
            <>
              <Typography.Paragraph role="status">
                {t('upload.preview.summary', { count: rows.length, problems: withProblems })}
              </Typography.Paragraph>
              {withProblems > 0 && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  style={{ marginBottom: 12 }}
                  title={t('upload.preview.fix', { count: withProblems })}
                  description={t('upload.nothingSent')}
                />
              )}
              {submitError && (
                <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={submitError} />
              )}
              <ActualsPreview rows={rows} />
              <Flex justify="flex-end" style={{ marginTop: 12 }}>
                <Space>
                  <Button onClick={() => setUpload(undefined)}>{t('upload.discard')}</Button>
                  <Button
                    type="primary"
                    disabled={withProblems > 0}
                    loading={uploadActuals.isPending}
                    onClick={() => void send()}
                  >
                    {t('upload.submit', { count: rows.length })}
                  </Button>
                </Space>
              </Flex>
            </>
          )}
        </section>
      )}
    </section>
  );
}
