import { Breadcrumb, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleLink } from '@sw/module-kit';
import { paths } from '../../routing/paths.ts';

interface PageFrameProps {
  title: ReactNode;
  /** Shown under the title. */
  intro?: ReactNode;
  /** Links back up, after the guide's home. */
  trail?: Array<{ label: string; to: string }>;
  /** Buttons or links beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** The same frame on every page: where you are, the title and the page's own actions. */
export function PageFrame({ title, intro, trail = [], actions, children }: PageFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const crumbs = [{ label: t('title'), to: paths.list() }, ...trail];
  return (
    <section
      aria-labelledby={titleId}
      className="cg-page"
      style={{ maxWidth: 1280, margin: '0 auto', padding: '24px 16px' }}
    >
      {trail.length > 0 && (
        <nav aria-label={t('nav.breadcrumb')} className="cg-no-print">
          <Breadcrumb
            items={crumbs.map((crumb) => ({
              key: crumb.to,
              title: <ModuleLink to={crumb.to}>{crumb.label}</ModuleLink>,
            }))}
          />
        </nav>
      )}
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'baseline', justifyContent: 'space-between' }}
      >
        <Typography.Title id={titleId} level={2} style={{ marginTop: 8 }}>
          {title}
        </Typography.Title>
        {actions && (
          <div className="cg-no-print" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {actions}
          </div>
        )}
      </div>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {children}
    </section>
  );
}
