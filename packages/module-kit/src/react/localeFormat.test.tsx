import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@sw/contracts';
import { createTestHost } from '../testing/testHost.ts';
import { ModuleContext } from './HostContext.ts';
import { apiClientFor } from './moduleApi.ts';
import { localeFormat } from './localeFormat.ts';

describe('localeFormat', () => {
  it('builds the formatters once per language for every component, and follows the host language', () => {
    const create = vi.fn((locale: Locale) => ({ locale, number: new Intl.NumberFormat(locale) }));
    const useExampleFormat = localeFormat(create);
    const host = createTestHost('zh-CN');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ModuleContext.Provider value={{ name: 'example', host, api: apiClientFor(host) }}>
        {children}
      </ModuleContext.Provider>
    );
    const first = renderHook(() => useExampleFormat(), { wrapper });
    const second = renderHook(() => useExampleFormat(), { wrapper });
    expect(second.result.current).toBe(first.result.current);
    expect(first.result.current.locale).toBe('zh-CN');

    act(() => host.locale.set('en'));
    expect(first.result.current.locale).toBe('en');
    expect(first.result.current.number.format(1234.5)).toBe('1,234.5');
    act(() => host.locale.set('zh-CN'));
    expect(first.result.current).toBe(second.result.current);
    expect(create.mock.calls.map(([locale]) => locale)).toEqual(['zh-CN', 'en']);
  });
});
