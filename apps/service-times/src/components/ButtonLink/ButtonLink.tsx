import { theme } from 'antd';
import type { ReactNode } from 'react';
import { ModuleLink } from '../../routing/ModuleLink.tsx';

/** A link to a page of this module that looks like a primary button (it navigates, so it stays a link). */
export function ButtonLink({ to, icon, children }: { to: string; icon?: ReactNode; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <ModuleLink
      to={to}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 8,
        padding: `0 ${token.paddingContentHorizontal}px`,
        height: token.controlHeight,
        borderRadius: token.borderRadius,
        background: token.colorPrimary,
        color: token.colorTextLightSolid,
        fontFamily: token.fontFamily,
        fontSize: token.fontSize,
        textDecoration: 'none',
      }}
    >
      {icon}
      {children}
    </ModuleLink>
  );
}
