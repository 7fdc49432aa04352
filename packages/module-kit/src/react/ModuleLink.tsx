import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHost } from './HostContext.ts';
import { isPlainClick } from './plainClick.ts';

type ModuleLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path of this module, with its query string if any (e.g. `/fees/fee-pilotage?tab=history`). */
  to: string;
};

/**
 * A real link to a page of this module (new tab and copy link work); a plain click moves through
 * the host's navigation: the page URL in the suite, the module's own in-memory location when it is
 * embedded in another site (whose address it must never rewrite).
 */
export function ModuleLink({ to, onClick, ...rest }: ModuleLinkProps) {
  const { navigation } = useHost();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigation.push(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
