import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHost } from './HostContext.ts';
import { isPlainClick } from './plainClick.ts';

type ModuleButtonLinkProps = Omit<ButtonProps, 'href'> & { to: string };

/**
 * A link to a page of this module that looks like a button: antd renders a real `<a href>` (never a
 * button inside a link), and a plain click moves through the host's navigation like `ModuleLink`.
 */
export function ModuleButtonLink({ to, onClick, ...rest }: ModuleButtonLinkProps) {
  const { navigation } = useHost();
  return (
    <Button
      {...rest}
      href={to}
      onClick={(event: MouseEvent<HTMLElement>) => {
        onClick?.(event);
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigation.push(to);
      }}
    />
  );
}
