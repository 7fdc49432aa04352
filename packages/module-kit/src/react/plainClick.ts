import type { MouseEvent } from 'react';

/**
 * Is this a click the page may take over? A modified or middle click (new tab, new window, save
 * link) and a click a handler already took stay with the browser.
 */
export function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
