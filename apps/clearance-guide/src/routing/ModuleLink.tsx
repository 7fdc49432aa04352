import { Button, type ButtonProps } from 'antd';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHost } from '@sw/module-kit';

type ModuleLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A real link to a page of this module (new tab and copy link work); a plain click moves inside
 * the module through the host, which keeps the module's location (the page URL in the suite).
 */
export function ModuleLink({ to, onClick, ...rest }: ModuleLinkProps) {
  const { navigation } = useHost();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigation.push(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}

type ModuleButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/** A link to a page of this module that looks like a button (a real `<a href>`, never a button inside a link). */
export function ModuleButtonLink({ to, ...rest }: ModuleButtonLinkProps) {
  const { navigation } = useHost();
  return (
    <Button
      {...rest}
      href={to}
      onClick={(event: MouseEvent<HTMLElement>) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigation.push(to);
      }}
    />
  );
}
