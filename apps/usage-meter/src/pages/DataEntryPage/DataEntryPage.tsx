import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Result, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@sw/api-client';
import {
  USAGE_IMPORT_MAX_ROWS,
  USAGE_NOTE_MAX_LENGTH,
  USAGE_SOURCE_MAX_LENGTH,
  addUsageMonths,
  validateUsageImport,
  type UsageImportRequest,
  type UsageImportResult,
  type UsageImportSummary,
} from '@sw/contracts';
import { useHost, useSession } from '@sw/module-kit';
import { TableFileError, downloadTable, parseTableFile, type ExportFormat, type ParsedTable } from '@sw/ui';
import {
  useImportUsage,
  usePorts,
  usePreviewImport,
  useUsageFigures,
  useUsageImports,
} from '../../api/usageQueries.ts';
import { ModuleNav } from '../../components/ModuleNav/ModuleNav.tsx';
import { UploadPreview } from '../../components/UploadPreview/UploadPreview.tsx';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { OVERVIEW_PATH } from '../../paths.ts';
import { readUsageRows, type ReadRow } from '../../upload/readUsageRows.ts';
import { templateColumns, templateRows } from '../../upload/template.ts';
import { describeUploadError, groupUploadErrors, type UploadProblems } from '../../upload/uploadErrors.ts';

interface LoadedFile {
  name: string;
  rows: ReadRow[];
  lines: number[];
}

type ChosenFile = { name: string; table: ParsedTable };

const NO_PROBLEMS: UploadProblems = { byRow: new Map(), source: [], note: [], general: [] };
/** Stands in for the source while the rows are previewed (the source is checked on import). */
const PREVIEW_SOURCE = 'preview';

/**
 * Data entry for the single-window team: upload monthly counts (CSV or xlsx), see every row checked
 * and what it would change, then import. A bad row stops the import and nothing is written; the
 * file, source and note stay as entered.
 */
export function DataEntryPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const user = useSession();
  const isAdmin = user?.role === 'admin';
  return (
    <section aria-labelledby={titleId} style={{ maxWidth: 1440, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('entry.heading')}
      </Typography.Title>
      <ModuleNav />
      {isAdmin ? (
        <DataEntry />
      ) : (
        <Result
          status="403"
          title={t('entry.adminOnly')}
          subTitle={user ? t('entry.adminOnlyRole') : t('entry.signIn')}
        />
      )}
    </section>
  );
}

function DataEntry() {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const { navigation } = useHost();
  const ports = usePorts();
  const figures = useUsageFigures();
  const names = useUsageNames(ports.data);
  const preview = usePreviewImport();
  const save = useImportUsage();
  const [chosen, setChosen] = useState<ChosenFile>();
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [sourceMissing, setSourceMissing] = useState(false);
  const [done, setDone] = useState<UsageImportResult>();
  // One key per exact upload, so a repeated click or a retry writes it once.
  const idempotencyKey = useRef('');

  const request = (rows: readonly ReadRow[], sourceText: string): UsageImportRequest =>
    ({ source: sourceText, ...(note.trim() ? { note: note.trim() } : {}), rows }) as unknown as UsageImportRequest;

  // Port names are read against the ports list, so the rows are read again once it is there.
  const read = useMemo(
    () => (chosen && ports.data ? readUsageRows(chosen.table, ports.data) : undefined),
    [chosen, ports.data],
  );
  const file = useMemo<LoadedFile | undefined>(
    () => (chosen && read?.ok ? { name: chosen.name, rows: read.rows, lines: read.lines } : undefined),
    [chosen, read],
  );
  const [readError, setReadError] = useState<string>();
  const fileError = useMemo(() => {
    if (readError) return readError;
    if (!read || read.ok) return undefined;
    if (read.reason === 'missing-columns') {
      return t('entry.fileErrors.missingColumns', {
        columns: read.missing.map((c) => t(`columns.${c}`)).join(t('listSeparator')),
      });
    }
    if (read.reason === 'too-many-rows')
      return t('entry.fileErrors.tooManyRows', { count: read.count, max: USAGE_IMPORT_MAX_ROWS });
    return t('entry.fileErrors.empty');
  }, [read, readError, t]);

  // Check the rows as the API would (the API's own answer replaces this after an import attempt),
  // then ask it what they would change.
  const localCheck = useMemo(
    () => (file ? validateUsageImport({ source: PREVIEW_SOURCE, rows: file.rows }, new Date()) : undefined),
    [file],
  );
  const [serverProblems, setServerProblems] = useState<UploadProblems>();
  const problems =
    serverProblems ?? (localCheck && !localCheck.ok ? groupUploadErrors(localCheck.errors) : NO_PROBLEMS);
  const { mutate: askPreview } = preview;
  useEffect(() => {
    if (localCheck?.ok) askPreview(localCheck.request);
  }, [localCheck, askPreview]);
  useEffect(() => {
    idempotencyKey.current = crypto.randomUUID();
  }, [file, source, note]);

  const readFile = async (picked: File) => {
    setDone(undefined);
    setChosen(undefined);
    setReadError(undefined);
    setServerProblems(undefined);
    save.reset();
    preview.reset();
    try {
      setChosen({ name: picked.name, table: await parseTableFile(picked) });
    } catch (error) {
      const reason = error instanceof TableFileError ? error.reason : 'unreadable';
      setReadError(t(`entry.fileErrors.${reason}`));
    }
  };

  const submit = async () => {
    if (!file) return;
    if (!source.trim()) {
      setSourceMissing(true);
      return;
    }
    try {
      const result = await save.mutateAsync({
        request: request(file.rows, source.trim()),
        idempotencyKey: idempotencyKey.current,
      });
      setDone(result);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation.failed') {
        setServerProblems(groupUploadErrors(error.problem.errors ?? []));
      }
    }
  };

  const reportMonth = useMemo(() => {
    const latest = figures.data?.items.reduce((max, f) => (f.month > max ? f.month : max), '');
    return latest ? addUsageMonths(latest, 1) : undefined;
  }, [figures.data]);
  const downloadTemplate = (kind: ExportFormat) => {
    if (!reportMonth) return;
    void downloadTable(
      kind,
      t('entry.file.templateName', { month: reportMonth }),
      templateColumns((column) => t(`columns.${column}`), names),
      templateRows(reportMonth),
    );
  };

  if (done) {
    return (
      <Flex vertical gap={24}>
        <Result
          status="success"
          title={t('entry.done.title', { count: done.rows.length })}
          subTitle={t('entry.done.detail', {
            created: done.created,
            corrected: done.corrected,
            unchanged: done.unchanged,
            id: done.id,
          })}
          extra={[
            <Button
              key="view"
              type="primary"
              href={OVERVIEW_PATH}
              onClick={(event) => {
                event.preventDefault();
                navigation.push(OVERVIEW_PATH);
              }}
            >
              {t('entry.done.view')}
            </Button>,
            <Button
              key="again"
              onClick={() => {
                setDone(undefined);
                setChosen(undefined);
                setNote('');
                save.reset();
                preview.reset();
              }}
            >
              {t('entry.done.another')}
            </Button>,
          ]}
        />

        <RecentImports />
      </Flex>
    );
  }

  const rowProblemCount = problems.byRow.size;
  const serverError =
    save.error && !(save.error instanceof ApiError && save.error.code === 'validation.failed') ? save.error : undefined;
  const previewFailed = preview.error;
  const changes = preview.data?.rows;
  const blocked = !file || rowProblemCount > 0 || problems.general.length > 0 || !changes;
  const sourceError =
    sourceMissing && !source.trim()
      ? t('entry.source.required')
      : problems.source[0]
        ? describeUploadError(problems.source[0], t, { rows: [], lines: [] })
        : undefined;

  return (
    <Flex vertical gap={24}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('entry.intro', { max: USAGE_IMPORT_MAX_ROWS })}
      </Typography.Paragraph>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
            {t('entry.file.heading')}
          </Typography.Title>
        }
      >
        <Flex vertical gap={16}>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              void readFile(chosen);
              return false;
            }}
          >
            <p style={{ fontSize: 32, margin: 0 }}>
              <InboxOutlined />
            </p>
            <p>
              {file ? t('entry.file.chosen', { name: file.name, count: file.rows.length }) : t('entry.file.choose')}
            </p>
            <p style={{ fontSize: 12 }}>{t('entry.file.hint', { max: USAGE_IMPORT_MAX_ROWS })}</p>
          </Upload.Dragger>
          {reportMonth && (
            <Space wrap>
              <Typography.Text>{t('entry.file.template', { month: format.longMonth(reportMonth) })}</Typography.Text>
              <Button size="small" onClick={() => downloadTemplate('csv')}>
                {t('export.csv')}
              </Button>
              <Button size="small" onClick={() => downloadTemplate('xlsx')}>
                {t('export.xlsx')}
              </Button>
            </Space>
          )}
          {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
        </Flex>
      </Card>

      <Form layout="vertical" style={{ maxWidth: 720 }} onSubmitCapture={(event) => event.preventDefault()}>
        <Form.Item
          label={t('entry.source.label')}
          required
          validateStatus={sourceError ? 'error' : undefined}
          help={sourceError}
          htmlFor="usage-upload-source"
        >
          <Input
            id="usage-upload-source"
            value={source}
            maxLength={USAGE_SOURCE_MAX_LENGTH}
            placeholder={t('entry.source.placeholder')}
            onChange={(event) => setSource(event.target.value)}
          />
        </Form.Item>
        <Form.Item
          label={t('entry.note.label')}
          htmlFor="usage-upload-note"
          help={problems.note[0] ? describeUploadError(problems.note[0], t, { rows: [], lines: [] }) : undefined}
        >
          <Input.TextArea
            id="usage-upload-note"
            value={note}
            maxLength={USAGE_NOTE_MAX_LENGTH}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('entry.note.placeholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
      </Form>

      {file && (
        <section aria-label={t('entry.preview.heading')}>
          <Typography.Title level={3} style={{ fontSize: 18 }}>
            {t('entry.preview.heading')}
          </Typography.Title>
          <Flex vertical gap={12}>
            <Typography.Text role="status" aria-live="polite">
              {t('entry.preview.summary', {
                count: file.rows.length,
                created: preview.data?.created ?? 0,
                corrected: preview.data?.corrected ?? 0,
                unchanged: preview.data?.unchanged ?? 0,
                invalid: rowProblemCount,
              })}
            </Typography.Text>
            {rowProblemCount > 0 && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={t('entry.preview.fixFirst', { count: rowProblemCount })}
              />
            )}
            {problems.general.map((error, i) => (
              <Alert key={i} type="error" showIcon role="alert" title={describeUploadError(error, t, file)} />
            ))}
            {previewFailed && !(previewFailed instanceof ApiError && previewFailed.code === 'validation.failed') && (
              <Alert type="warning" showIcon role="alert" title={explain(previewFailed, t)} />
            )}
            {serverError && <Alert type="error" showIcon role="alert" title={explain(serverError, t)} />}
            <UploadPreview
              rows={file.rows}
              lines={file.lines}
              errors={problems.byRow}
              changes={changes}
              names={names}
            />
            <Flex gap={12}>
              <Button type="primary" disabled={blocked} loading={save.isPending} onClick={() => void submit()}>
                {t('entry.submit')}
              </Button>
            </Flex>
          </Flex>
        </section>
      )}

      <RecentImports />
    </Flex>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function explain(error: unknown, t: T): string {
  if (error instanceof NetworkError) return t('common:networkError');
  if (error instanceof ApiError && error.status >= 500) return t('common:serverError', { status: error.status });
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return t('entry.adminOnly');
  if (error instanceof ApiError) return t('errors.requestFailed', { status: error.status });
  return t('errors.unexpected');
}

function RecentImports() {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const imports = useUsageImports();
  return (
    <section aria-label={t('entry.recent.heading')}>
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('entry.recent.heading')}
      </Typography.Title>
      <Table<UsageImportSummary>
        size="small"
        rowKey="id"
        aria-label={t('entry.recent.heading')}
        loading={imports.isLoading}
        dataSource={imports.data?.items}
        locale={{ emptyText: <Typography.Text type="secondary">{t('entry.recent.empty')}</Typography.Text> }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        columns={[
          { title: t('entry.recent.at'), dataIndex: 'at', render: format.dateTime },
          { title: t('entry.recent.id'), dataIndex: 'id' },
          { title: t('entry.recent.by'), dataIndex: 'by' },
          { title: t('entry.source.label'), dataIndex: 'source' },
          { title: t('entry.recent.rows'), dataIndex: 'rows', align: 'right' },
          { title: t('entry.preview.new'), dataIndex: 'created', align: 'right' },
          { title: t('entry.recent.corrected'), dataIndex: 'corrected', align: 'right' },
          { title: t('entry.preview.unchanged'), dataIndex: 'unchanged', align: 'right' },
        ]}
      />
    </section>
  );
}
