import { describe, expect, it, vi } from 'vitest';
import { renderManifestErrorPage, renderModuleErrorPanel, renderNotFound } from './panels.ts';

describe('shell panels', () => {
  it("explains a broken release in the reader's language, with the details folded away", () => {
    const target = document.createElement('div');
    renderManifestErrorPage(target, 'zh-HK', ['modules: Too small']);
    expect(target.querySelector('[role="alert"] h1')?.textContent).toBe('門戶配置有誤，暫時無法顯示');
    expect(target.querySelector('details pre')?.textContent).toBe('modules: Too small');
  });

  it('names the failed module and retries once per click', () => {
    const target = document.createElement('div');
    const retry = vi.fn();
    renderModuleErrorPanel(target, 'en', 'fee-directory', 'HTTP 404', retry);
    expect(target.querySelector('h2')?.textContent).toBe('“Port charges” could not be loaded');
    target.querySelector('button')?.click();
    target.querySelector('button')?.click();
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('links back home from a not-found page', () => {
    const target = document.createElement('div');
    renderNotFound(target, 'zh-CN');
    expect(target.querySelector('h1')?.textContent).toBe('页面不存在');
    expect(target.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});
