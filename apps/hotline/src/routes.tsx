import { Result, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleLink, usePathname } from '@sw/module-kit';
import { AccessibleColors } from '@sw/ui';
import { ModuleNav } from './components/ModuleNav/ModuleNav.tsx';
import { StaffGate } from './components/StaffGate/StaffGate.tsx';
import { IntakeProvider } from './intake/IntakeContext.tsx';
import { PATHS, pageOf, type Page } from './navigation/paths.ts';
import { usePrefillFromHost } from './navigation/usePrefillFromHost.ts';
import { ComplaintFormPage } from './pages/ComplaintFormPage/ComplaintFormPage.tsx';
import { DirectoryPage } from './pages/DirectoryPage/DirectoryPage.tsx';
import { QueuePage } from './pages/QueuePage/QueuePage.tsx';
import { StatsPage } from './pages/StatsPage/StatsPage.tsx';
import { TicketPage } from './pages/TicketPage/TicketPage.tsx';
import { TrackPage } from './pages/TrackPage/TrackPage.tsx';

function PageContent({ page }: { page: Page }) {
  const { t } = useTranslation();
  switch (page.name) {
    case 'directory':
      return <DirectoryPage />;
    case 'file':
      return <ComplaintFormPage />;
    case 'track':
      return <TrackPage />;
    case 'queue':
      return (
        <StaffGate>
          <QueuePage />
        </StaffGate>
      );
    case 'stats':
      return (
        <StaffGate>
          <StatsPage />
        </StaffGate>
      );
    case 'ticket':
      return (
        <StaffGate>
          <TicketPage key={page.id} id={page.id} />
        </StaffGate>
      );
    case 'not-found':
      return (
        <Result
          status="404"
          title={t('common:pageNotFound')}
          extra={<ModuleLink to={PATHS.directory}>{t('nav.directory')}</ModuleLink>}
        />
      );
  }
}

function Pages() {
  const { t } = useTranslation();
  const titleId = useId();
  const pathname = usePathname();
  usePrefillFromHost(pathname);
  const page = pageOf(pathname);
  return (
    <section aria-labelledby={titleId} style={{ maxWidth: 1280, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t(`pages.${page.name}`)}
      </Typography.Title>
      <ModuleNav page={page} />
      <PageContent page={page} />
    </section>
  );
}

/** The module's pages under /hotline: directory, form, tracking (public); queue, ticket, statistics (staff). */
export default function Routes() {
  return (
    <AccessibleColors>
      <IntakeProvider>
        <Pages />
      </IntakeProvider>
    </AccessibleColors>
  );
}
