import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isComplaintStaff } from '@sw/contracts';
import { useSession } from '@sw/module-kit';

/** Staff pages for staff only: the public and other roles are told how to get in. */
export function StaffGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useSession();
  if (user && isComplaintStaff(user.role)) return children;
  return (
    <Result
      status="403"
      title={user ? t('staff.notStaffTitle') : t('staff.signInTitle')}
      subTitle={user ? t('staff.notStaffHint', { name: user.name }) : t('staff.signInHint')}
    />
  );
}
