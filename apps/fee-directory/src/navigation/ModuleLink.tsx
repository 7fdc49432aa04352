import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigateWithin } from './moduleNavigation.ts';

type ModuleLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A real link to a page of this module (new tab and copy link work); a plain click changes the page
 * without reloading.
 */
export function ModuleLink({ to, onClick, ...rest }: ModuleLinkProps) {
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
    navigateWithin(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
