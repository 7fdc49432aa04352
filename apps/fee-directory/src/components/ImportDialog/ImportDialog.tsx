import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEE_FILE_COLUMNS, feeToFileRow, type FeeFileRow, type FeeItem } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { TableFileError, downloadTable, parseTableFile } from '@sw/ui';
import { useImportFees } from '../../api/useFeeWrites.ts';
import { useApiErrorText } from '../../errors/useApiErrorText.ts';
import { validateFeeFile, type FeeFileCheck, type RowProblem } from '../../import/validateFeeFile.ts';

interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  /** The organisation's current items, to compare the file with. */
  current: readonly FeeItem[];
  /** For an admin: whose list is imported. */
  chargingBodyId?: string;
}

type Stage =
  | { kind: 'choose'; error?: string }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'preview'; fileName: string; check: FeeFileCheck };

const fileColumns = FEE_FILE_COLUMNS.map((column) => ({ title: column, value: (row: FeeFileRow) => row[column] }));

/**
 * Bulk import from CSV or xlsx: every row is checked (with progress for large files), the preview
 * shows each row's problems and the difference with the current list, and nothing is written until
 * the operator confirms — and nothing at all while any row is invalid.
 */
export function ImportDialog({ open, onClose, current, chargingBodyId }: ImportDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const importFees = useImportFees();
  const errors = useApiErrorText();

  const close = () => {
    setStage({ kind: 'choose' });
    importFees.reset();
    onClose();
  };

  const read = async (file: File) => {
    setStage({ kind: 'checking', done: 0, total: 0 });
    try {
      const table = await parseTableFile(file);
      const result = await validateFeeFile(table.headers, table.rows, current, (done, total) =>
        setStage({ kind: 'checking', done, total }),
      );
      if ('check' in result) setStage({ kind: 'preview', fileName: file.name, check: result.check });
      else
        setStage({ kind: 'choose', error: t('import.missingColumns', { columns: result.missingColumns.join(', ') }) });
    } catch (error) {
      const reason = error instanceof TableFileError ? error.reason : 'unreadable';
      setStage({ kind: 'choose', error: t(`import.fileErrors.${reason}`) });
    }
  };

  const confirm = (check: FeeFileCheck) =>
    importFees.mutate(
      { items: check.items, ...(chargingBodyId ? { chargingBodyId } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t('import.done', { created: result.created, updated: result.updated }));
          close();
        },
      },
    );

  const problemText = (problem: RowProblem) =>
    problem.errors
      .map(
        (error) =>
          `${error.column}: ${t(`import.problems.${error.problem}`)}${error.value ? ` (“${error.value}”)` : ''}`,
      )
      .join('; ');

  let body;
  if (stage.kind === 'choose') {
    body = (
      <Flex vertical gap={12}>
        {stage.error && <Alert type="error" showIcon role="alert" title={stage.error} />}
        <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button onClick={() => void downloadTable('csv', t('import.templateName'), fileColumns, [])}>
            {t('import.template')}
          </Button>
          <Button
            disabled={!current.length}
            onClick={() => void downloadTable('xlsx', t('import.currentName'), fileColumns, current.map(feeToFileRow))}
          >
            {t('import.downloadCurrent')}
          </Button>
        </Space>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <p>
            <InboxOutlined aria-hidden style={{ fontSize: 32 }} />
          </p>
          <p>{t('import.drop')}</p>
        </Upload.Dragger>
      </Flex>
    );
  } else if (stage.kind === 'checking') {
    const percent = stage.total ? Math.round((stage.done / stage.total) * 100) : 0;
    body = (
      <Flex vertical gap={8} role="status">
        <Typography.Text>{t('import.checking', { done: stage.done, total: stage.total })}</Typography.Text>
        <Progress percent={percent} aria-label={t('import.progress')} />
      </Flex>
    );
  } else {
    const { check } = stage;
    const serverErrors = importFees.isError ? errors.fieldErrors(importFees.error) : {};
    body = (
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'file', label: t('import.file'), children: stage.fileName },
            { key: 'rows', label: t('import.rows'), children: check.total },
            { key: 'invalid', label: t('import.invalidRows'), children: check.invalid.length },
            { key: 'added', label: t('import.added'), children: check.diff.added.length },
            { key: 'changed', label: t('import.changed'), children: check.diff.changed.length },
            { key: 'unchanged', label: t('import.unchanged'), children: check.diff.unchanged.length },
          ]}
        />
        {check.invalid.length > 0 ? (
          <>
            <Alert type="error" showIcon role="alert" title={t('import.hasErrors', { count: check.invalid.length })} />
            <Table<RowProblem>
              size="small"
              rowKey={(row) => `${row.line}-${row.errors[0]?.column}`}
              dataSource={check.invalid}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              aria-label={t('import.invalidRows')}
              columns={[
                { key: 'line', title: t('import.line'), width: 80, render: (_, row) => row.line },
                { key: 'code', title: t('export.code'), width: 120, render: (_, row) => row.code },
                { key: 'errors', title: t('import.problemsTitle'), render: (_, row) => problemText(row) },
              ]}
            />
          </>
        ) : (
          <>
            {check.diff.added.length > 0 && (
              <Table
                size="small"
                rowKey="code"
                title={() => t('import.added')}
                dataSource={check.diff.added}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { key: 'code', title: t('export.code'), render: (_, item) => item.code },
                  { key: 'name', title: t('table.item'), render: (_, item) => item.name[locale] },
                ]}
              />
            )}
            {check.diff.changed.length > 0 && (
              <Table
                size="small"
                rowKey={(row) => row.current.id}
                title={() => t('import.changed')}
                dataSource={check.diff.changed}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { key: 'code', title: t('export.code'), render: (_, row) => row.current.code },
                  { key: 'name', title: t('table.item'), render: (_, row) => row.current.name[locale] },
                  { key: 'fields', title: t('import.changedFields'), render: (_, row) => row.fields.join(', ') },
                ]}
              />
            )}
            {check.diff.notInFile.length > 0 && (
              <Typography.Text type="secondary">
                {t('import.notInFile', { count: check.diff.notInFile.length })}
              </Typography.Text>
            )}
          </>
        )}
        {importFees.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errors.message(importFees.error)}
            description={Object.entries(serverErrors)
              .slice(0, 10)
              .map(([path, text]) => `${path}: ${text}`)
              .join('; ')}
          />
        )}
      </Flex>
    );
  }

  const ready =
    stage.kind === 'preview' &&
    stage.check.invalid.length === 0 &&
    (stage.check.diff.added.length > 0 || stage.check.diff.changed.length > 0);
  return (
    <Modal
      open={open}
      onCancel={close}
      title={t('import.title')}
      width={860}
      footer={
        <Space>
          {stage.kind === 'preview' && (
            <Button onClick={() => setStage({ kind: 'choose' })}>{t('import.another')}</Button>
          )}
          <Button onClick={close}>{t('form.cancel')}</Button>
          <Button
            type="primary"
            disabled={!ready}
            loading={importFees.isPending}
            onClick={() => stage.kind === 'preview' && confirm(stage.check)}
          >
            {t('import.confirm')}
          </Button>
        </Space>
      }
    >
      {body}
    </Modal>
  );
}
