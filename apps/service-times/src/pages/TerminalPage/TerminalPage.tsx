import { DownOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Flex, Result, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCLOSURE_DEADLINE, OPTIONAL_OPERATIONS, type ServiceOperation } from '@sw/contracts';
import { ModuleButtonLink, ModuleLink, useLocale, useSession } from '@sw/module-kit';
import { useCoverage } from '../../api/useCoverage.ts';
import { useStandards } from '../../api/useStandards.ts';
import { useTerminals } from '../../api/useTerminals.ts';
import { canManageTerminal } from '../../access/canManageTerminal.ts';
import { CoverageStatusTag } from '../../components/CoverageStatusTag/CoverageStatusTag.tsx';
import { PerformanceSection } from '../../components/PerformanceSection/PerformanceSection.tsx';
import {
  PublishStandardDrawer,
  type PublishTarget,
} from '../../components/PublishStandardDrawer/PublishStandardDrawer.tsx';
import { StandardHistoryDrawer } from '../../components/StandardHistoryDrawer/StandardHistoryDrawer.tsx';
import { StandardsTable } from '../../components/StandardsTable/StandardsTable.tsx';
import { standardRows } from '../../components/StandardsTable/standardRows.ts';
import { TerminalContacts } from '../../components/TerminalContacts/TerminalContacts.tsx';
import { Pending } from '../../components/Pending/Pending.tsx';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { paths } from '../../routing/paths.ts';

/** One terminal: contacts, its published standards with their history, and its performance. */
export function TerminalPage({ terminalId }: { terminalId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSession();
  const format = useServiceFormat();
  const titleId = useId();
  const standardsId = useId();
  const terminals = useTerminals();
  const standards = useStandards();
  const coverage = useCoverage();
  const [historyOf, setHistoryOf] = useState<ServiceOperation>();
  const [publishing, setPublishing] = useState<PublishTarget>();

  const own = useMemo(
    () => (standards.data?.items ?? []).filter((standard) => standard.terminalId === terminalId),
    [standards.data, terminalId],
  );
  const rows = useMemo(() => standardRows(own), [own]);
  const inForce = useMemo(() => own.filter((standard) => standard.status === 'in-force'), [own]);

  if (terminals.isError || standards.isError || !terminals.data || !standards.data) {
    return <Pending queries={[terminals, standards]} />;
  }
  const terminal = terminals.data.items.find((candidate) => candidate.id === terminalId);
  if (!terminal) {
    return (
      <Result
        status="404"
        title={t('terminal.notFound')}
        extra={<ModuleLink to={paths.terminals()}>{t('terminal.backToList')}</ModuleLink>}
      />
    );
  }

  const manage = canManageTerminal(user, terminal);
  const status = coverage.data?.terminals.find((entry) => entry.terminalId === terminal.id)?.status;
  const unpublishedOptional = OPTIONAL_OPERATIONS.filter(
    (operation) => !rows.some((row) => row.operation === operation),
  );
  const latestForceMajeure = own.at(-1)?.forceMajeure;

  return (
    <article aria-labelledby={titleId}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 8 }}>
        <Typography.Title id={titleId} level={3} style={{ margin: 0 }}>
          {terminal.name[locale]} ({terminal.shortName})
        </Typography.Title>
        {status && <CoverageStatusTag status={status} />}
      </Flex>
      <TerminalContacts terminal={terminal} />

      {user?.role === 'operator' && !manage && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title={t('terminal.notYours', { terminal: terminal.shortName })}
        />
      )}

      <section aria-labelledby={standardsId} style={{ marginTop: 24 }}>
        <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <Typography.Title level={4} id={standardsId} style={{ margin: 0 }}>
            {t('standards.title')}
          </Typography.Title>
          {manage && (
            <Flex wrap gap={8}>
              {unpublishedOptional.length > 0 && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: unpublishedOptional.map((operation) => ({
                      key: operation,
                      label: t(`operations.${operation}`),
                    })),
                    onClick: ({ key }) => setPublishing({ operation: key as ServiceOperation, basis: undefined }),
                  }}
                >
                  <Button>
                    {t('standards.publishOther')} <DownOutlined aria-hidden />
                  </Button>
                </Dropdown>
              )}
              <ModuleButtonLink type="primary" to={paths.upload(terminal.id)} icon={<UploadOutlined aria-hidden />}>
                {t('upload.open')}
              </ModuleButtonLink>
            </Flex>
          )}
        </Flex>
        <StandardsTable
          terminal={terminal}
          rows={rows}
          canManage={manage}
          overdueSince={coverage.data?.deadline ?? DISCLOSURE_DEADLINE}
          onHistory={setHistoryOf}
          onPublish={(operation, basis) => setPublishing({ operation, basis })}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {t('standards.asOf', { date: format.date(standards.data.asOf) })}
        </Typography.Paragraph>
      </section>

      <PerformanceSection terminal={terminal} standards={inForce} />

      <StandardHistoryDrawer terminal={terminal} operation={historyOf} onClose={() => setHistoryOf(undefined)} />
      {manage && (
        <PublishStandardDrawer
          terminal={terminal}
          target={publishing}
          forceMajeure={latestForceMajeure}
          onClose={() => setPublishing(undefined)}
        />
      )}
    </article>
  );
}
