import type { Locale } from '@sw/contracts';
import { commonText, moduleDisplayName } from '@sw/i18n';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** The whole-page error shown when the release manifest is missing or invalid (never a blank page). */
export function renderManifestErrorPage(target: HTMLElement, locale: Locale, issues: string[]): void {
  const panel = element('section', undefined, { class: 'sw-shell-panel', role: 'alert', 'data-sw-error': 'release' });
  panel.append(
    element('h1', commonText(locale, 'releaseInvalid')),
    element('p', commonText(locale, 'releaseInvalidHint')),
  );
  const retry = element('button', commonText(locale, 'retry'), { type: 'button' });
  retry.addEventListener('click', () => location.reload());
  panel.append(retry);
  if (issues.length) {
    const details = element('details');
    details.append(element('summary', commonText(locale, 'technicalDetails')), element('pre', issues.join('\n')));
    panel.append(details);
  }
  target.replaceChildren(panel);
}

/** The panel a module shows in its own slot when it cannot load or crashes while mounting. */
export function renderModuleErrorPanel(
  target: HTMLElement,
  locale: Locale,
  module: string,
  detail: string,
  onRetry: () => void,
): void {
  const panel = element('section', undefined, { class: 'sw-shell-panel', role: 'alert', 'data-sw-error': module });
  panel.append(
    element('h2', commonText(locale, 'moduleFailed', { module: moduleDisplayName(locale, module) })),
    element('p', commonText(locale, 'moduleFailedHint')),
  );
  const retry = element('button', commonText(locale, 'retry'), { type: 'button' });
  retry.addEventListener('click', onRetry, { once: true });
  const details = element('details');
  details.append(element('summary', commonText(locale, 'technicalDetails')), element('pre', detail));
  panel.append(retry, details);
  target.replaceChildren(panel);
}

export function renderNotFound(target: HTMLElement, locale: Locale): void {
  const panel = element('section', undefined, { class: 'sw-shell-panel', 'data-sw-error': 'not-found' });
  panel.append(
    element('h1', commonText(locale, 'pageNotFound')),
    element('p', commonText(locale, 'pageNotFoundHint')),
    element('a', commonText(locale, 'backHome'), { href: '/', class: 'sw-shell-button' }),
  );
  target.replaceChildren(panel);
}
