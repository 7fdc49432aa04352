import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHost } from '@sw/module-kit';

type ModuleLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A real link to a page of this module (new tab and copy link work); a plain click moves through
 * the host's navigation, which also works when the module is embedded in another site.
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
    )
      return;
    event.preventDefault();
    navigation.push(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
