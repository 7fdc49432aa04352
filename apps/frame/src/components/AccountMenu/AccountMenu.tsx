import { useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useHost, useSession } from '@sw/module-kit';

// The demo user list and its schemas load when someone opens it: traders never sign in from here,
// and the frame, on every portal page, then carries no schema library.
const DemoSignInMenu = lazy(() => import('./DemoSignInMenu.tsx'));

/**
 * Who is signed in, and sign-out. Signing in here uses the API's demo login, which exists only in
 * development; in production the portal signs users in and the control shows only the session.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { auth } = useHost();
  const api = useApi();
  const user = useSession();
  const [choosing, setChoosing] = useState(false);
  const demoLogin = useQuery({
    queryKey: ['dev-login'],
    queryFn: () => api.answers('/dev/users'),
    retry: false,
    staleTime: Infinity,
    enabled: !user,
  });

  if (user) {
    return (
      <Space size={8}>
        <Typography.Text>
          {user.name}
          <Typography.Text type="secondary"> · {t(`account.roles.${user.role}`)}</Typography.Text>
        </Typography.Text>
        <Button size="small" onClick={() => auth.signOut()}>
          {t('account.signOut')}
        </Button>
      </Space>
    );
  }
  if (!demoLogin.data) return null;
  const signInButton = (loading: boolean) => (
    <Button size="small" loading={loading} onClick={() => setChoosing(true)}>
      {t('account.signIn')}
    </Button>
  );
  if (!choosing) return signInButton(false);
  return (
    <Suspense fallback={signInButton(true)}>
      <DemoSignInMenu onClose={() => setChoosing(false)}>{signInButton}</DemoSignInMenu>
    </Suspense>
  );
}
