import type { Locale, LocaleSource } from '@sw/contracts';
import { clearOverrides, OVERRIDE_PARAM } from './overrides.ts';

const TEXT: Record<Locale, { active: string; clear: string }> = {
  'zh-CN': { active: '本浏览器正在使用测试覆盖：', clear: '清除测试覆盖' },
  'zh-HK': { active: '此瀏覽器正在使用測試覆蓋：', clear: '清除測試覆蓋' },
  en: { active: 'Testing overrides are on in this browser:', clear: 'Clear overrides' },
};

/**
 * The bar above the page while a tester's overrides are applied (`fee-directory → 1.3.0`), so a
 * tester never mistakes an override for the release; Clear drops them and reloads.
 */
export function renderOverridesBanner(
  target: HTMLElement,
  locale: Locale,
  applied: Array<{ module: string; target: string }>,
  onClear: () => void,
): void {
  const banner = target.querySelector<HTMLElement>('.sw-shell-banner') ?? document.createElement('div');
  banner.className = 'sw-shell-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = `${TEXT[locale].active} ${applied.map((a) => `${a.module} → ${a.target}`).join(', ')}`;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = TEXT[locale].clear;
  clear.addEventListener('click', onClear, { once: true });
  banner.replaceChildren(text, clear);
  if (!banner.isConnected) target.prepend(banner);
}

/** Shows the banner in the page's language (following it), with Clear dropping the overrides and reloading. */
export function showOverridesBanner(
  page: HTMLElement,
  locale: LocaleSource,
  applied: Array<{ module: string; target: string }>,
): void {
  const render = () =>
    renderOverridesBanner(page, locale.get(), applied, () => {
      clearOverrides(localStorage);
      const url = new URL(location.href);
      url.searchParams.delete(OVERRIDE_PARAM);
      location.assign(url);
    });
  render();
  locale.subscribe(render);
}
