import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { demoUserSchema, devLoginRequestSchema, tokenResponseSchema } from '@sw/contracts';
import { useApi, useHost, useSession } from '@sw/module-kit';

/**
 * Who is signed in, and sign-out. Signing in here uses the API's demo login, which exists only in
 * development; in production the portal signs users in and the control shows only the session.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { auth } = useHost();
  const api = useApi();
  const user = useSession();
  const { message } = App.useApp();
  const demoUsers = useQuery({
    queryKey: ['dev-users'],
    queryFn: () => api.get('/dev/users', z.array(demoUserSchema)),
    retry: false,
    staleTime: Infinity,
    enabled: !user,
  });
  const signIn = useMutation({
    mutationFn: (id: string) =>
      api.post('/dev/login', tokenResponseSchema, { body: devLoginRequestSchema.parse({ user: id }) }),
    onSuccess: ({ token, user: principal, expiresAt }) => auth.signIn({ token, user: principal, expiresAt }),
    onError: (error) => void message.error(t('account.signInFailed', { message: error.message })),
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
  if (!demoUsers.data?.length) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'title', type: 'group', label: t('account.chooseUser') },
          ...demoUsers.data.map((u) => ({ key: u.id, label: `${u.name} · ${t(`account.roles.${u.role}`)}` })),
        ],
        onClick: ({ key }) => signIn.mutate(key),
      }}
    >
      <Button size="small" loading={signIn.isPending}>
        {t('account.signIn')}
      </Button>
    </Dropdown>
  );
}
