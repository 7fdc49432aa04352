import { ConfigProvider, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePathname } from '@sw/module-kit';
import { ServiceTimesNav } from './components/ServiceTimesNav/ServiceTimesNav.tsx';
import { ComparePage } from './pages/ComparePage/ComparePage.tsx';
import { CoveragePage } from './pages/CoveragePage/CoveragePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage/NotFoundPage.tsx';
import { TerminalPage } from './pages/TerminalPage/TerminalPage.tsx';
import { TerminalsPage } from './pages/TerminalsPage/TerminalsPage.tsx';
import { UploadActualsPage } from './pages/UploadActualsPage/UploadActualsPage.tsx';
import { pageOf, type Page } from './routing/paths.ts';
import { accessibleTheme } from './theme/accessibleTheme.ts';

function PageContent({ page }: { page: Page }) {
  switch (page.name) {
    case 'terminals':
      return <TerminalsPage />;
    case 'compare':
      return <ComparePage />;
    case 'coverage':
      return <CoveragePage />;
    case 'terminal':
      return <TerminalPage key={page.terminalId} terminalId={page.terminalId} />;
    case 'upload':
      return <UploadActualsPage key={page.terminalId} terminalId={page.terminalId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The module's frame (title, sections) and the page the URL asks for. */
export default function Routes() {
  const { t } = useTranslation();
  const titleId = useId();
  const page = pageOf(usePathname());
  return (
    <ConfigProvider theme={accessibleTheme}>
      <section aria-labelledby={titleId} style={{ maxWidth: 1440, margin: '0 auto', padding: '24px 16px' }}>
        <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <ServiceTimesNav page={page.name} />
        <PageContent page={page} />
      </section>
    </ConfigProvider>
  );
}
