import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Dropdown } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { demoUserSchema, devLoginRequestSchema, tokenResponseSchema } from '@sw/contracts';
import { useApi, useHost } from '@sw/module-kit';

interface DemoSignInMenuProps {
  /** The menu was closed without signing in. */
  onClose(): void;
  /** The header's sign-in button, busy while the users load or the sign-in runs. */
  children(loading: boolean): ReactElement;
}

/** The API's demo users to sign in as, open under the sign-in button (AccountMenu loads it on click). */
export default function DemoSignInMenu({ onClose, children }: DemoSignInMenuProps) {
  const { t } = useTranslation();
  const { auth } = useHost();
  const api = useApi();
  const { message } = App.useApp();
  const demoUsers = useQuery({
    queryKey: ['dev-users'],
    queryFn: () => api.get('/dev/users', z.array(demoUserSchema)),
    retry: false,
    staleTime: Infinity,
  });
  const signIn = useMutation({
    mutationFn: (id: string) =>
      api.post('/dev/login', tokenResponseSchema, { body: devLoginRequestSchema.parse({ user: id }) }),
    onSuccess: ({ token, user: principal, expiresAt }) => {
      onClose();
      auth.signIn({ token, user: principal, expiresAt });
    },
    onError: (error) => {
      void message.error(t('account.signInFailed', { message: error.message }));
      onClose();
    },
  });
  // The list could not be read: the menu says so instead of offering nobody.
  const items = demoUsers.isError
    ? [{ key: 'error', disabled: true, label: t('account.signInFailed', { message: demoUsers.error.message }) }]
    : [
        { key: 'title', type: 'group' as const, label: t('account.chooseUser') },
        ...(demoUsers.data ?? []).map((u) => ({ key: u.id, label: `${u.name} · ${t(`account.roles.${u.role}`)}` })),
      ];

  return (
    <Dropdown
      open={!demoUsers.isPending && !signIn.isPending}
      onOpenChange={(open) => !open && onClose()}
      trigger={['click']}
      menu={{ items, onClick: ({ key }) => signIn.mutate(key) }}
    >
      {children(demoUsers.isPending || signIn.isPending)}
    </Dropdown>
  );
}
