import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { isComplaintStaff } from '@sw/contracts';
import { ModuleButtonLink, useSession } from '@sw/module-kit';
import { PATHS, type Page } from '../../navigation/paths.ts';

const PUBLIC_LINKS = [
  { page: 'directory', to: PATHS.directory },
  { page: 'file', to: PATHS.file },
  { page: 'track', to: PATHS.track },
] as const;
const STAFF_LINKS = [
  { page: 'queue', to: PATHS.queue },
  { page: 'stats', to: PATHS.stats },
] as const;

/** The module's own navigation: the public pages, and the staff pages for staff. */
export function ModuleNav({ page }: { page: Page }) {
  const { t } = useTranslation();
  const user = useSession();
  const current = page.name === 'ticket' ? 'queue' : page.name;
  const links = [...PUBLIC_LINKS, ...(user && isComplaintStaff(user.role) ? STAFF_LINKS : [])];
  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: 24 }}>
      <Flex wrap gap={8}>
        {links.map((link) => (
          <ModuleButtonLink
            key={link.page}
            to={link.to}
            type={current === link.page ? 'primary' : 'default'}
            aria-current={current === link.page ? 'page' : undefined}
          >
            {t(`nav.${link.page}`)}
          </ModuleButtonLink>
        ))}
      </Flex>
    </nav>
  );
}
