import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import type { NavigationPayloads, SuiteRoute } from '@sw/contracts';
import { useHost } from './HostContext.ts';
import { isPlainClick } from './plainClick.ts';

type SuiteLinkProps<R extends SuiteRoute> = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: R;
  payload?: NavigationPayloads[R];
};

/**
 * A real link to another suite route (it works with a new tab, copy link, no JavaScript); a plain
 * click navigates through the host without reloading the page.
 */
export function SuiteLink<R extends SuiteRoute>({ to, payload, onClick, ...rest }: SuiteLinkProps<R>) {
  const { navigation } = useHost();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigation.navigate(to, payload);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
