import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@sw/contracts';
import { ApiError, ContractError, NetworkError } from '@sw/api-client';
import { createTestHost } from '../testing/testHost.ts';
import { renderInModule } from '../testing/renderModule.tsx';
import { LoadError } from './LoadError.tsx';

const errors = {
  'zh-CN': { requestFailed: '请求未能完成（{{status}}）。', unexpected: '数据无法读取。', gone: '已撤销。' },
  'zh-HK': { requestFailed: '請求未能完成（{{status}}）。', unexpected: '數據無法讀取。', gone: '已撤銷。' },
  en: {
    requestFailed: 'The request failed ({{status}}).',
    unexpected: 'The data could not be read.',
    gone: 'Withdrawn.',
  },
};
const definition = {
  name: 'example',
  resources: {
    'zh-CN': { title: '示例', errors: errors['zh-CN'] },
    'zh-HK': { title: '示例', errors: errors['zh-HK'] },
    en: { title: 'Example', errors: errors.en },
  },
};

const problem = (status: number, code = `http.${status}`) =>
  new ApiError({ type: 'about:blank', title: 'x', status, code });

function renderError(locale: Locale, props: Partial<Parameters<typeof LoadError>[0]> & { error: unknown }) {
  renderInModule(definition, () => <LoadError title="Loading failed" {...props} />, createTestHost(locale));
  return screen.getByRole('alert');
}

describe('LoadError', () => {
  it.each([
    [
      new NetworkError(new TypeError('Failed to fetch')),
      'en',
      'The network connection failed. Check your connection and try again.',
    ],
    [problem(503), 'zh-CN', '服务暂时不可用（503），请稍后重试。'],
    [problem(404), 'zh-HK', '請求未能完成（404）。'],
    [new ContractError('/fees', ['items.0.id: expected string']), 'en', 'The data could not be read.'],
  ] as const)("explains %s in the reader's language", (error, locale, message) => {
    const alert = renderError(locale, { error, onRetry: () => {} });
    expect(within(alert).getByText('Loading failed')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
  });

  it("says a refusal in the module's own words when it has them", () => {
    const refusal = (error: ApiError) => (error.code === 'fee.withdrawn' ? 'Withdrawn.' : undefined);
    expect(
      within(renderError('en', { error: problem(410, 'fee.withdrawn'), refusal })).getByText('Withdrawn.'),
    ).toBeTruthy();
  });

  it('fetches again on Retry, and offers none when there is nothing to retry', () => {
    const onRetry = vi.fn();
    renderError('en', { error: problem(500), onRetry });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    cleanup();
    renderError('en', { error: problem(403) });
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
