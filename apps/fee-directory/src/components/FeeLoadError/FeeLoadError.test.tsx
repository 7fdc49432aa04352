import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, ContractError, NetworkError } from '@sw/api-client';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeLoadError } from './FeeLoadError.tsx';

const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status, code: `http.${status}` });

describe('FeeLoadError', () => {
  it.each([
    [
      new NetworkError(new TypeError('Failed to fetch')),
      'en',
      'The network connection failed. Check your connection and try again.',
    ],
    [problem(503), 'zh-CN', '服务暂时不可用（503），请稍后重试。'],
    [problem(404), 'zh-HK', '請求未能完成（404），請稍後重試。'],
    [new ContractError('/fees', ['items.0.id: expected string']), 'en', /could not be read/],
  ] as const)("explains %s in the reader's language", (error, locale, message) => {
    renderFeeDirectory(() => <FeeLoadError error={error} onRetry={() => {}} />, { locale });
    expect(within(screen.getByRole('alert')).getByText(message)).toBeTruthy();
  });

  it('fetches again on Retry', () => {
    const onRetry = vi.fn();
    renderFeeDirectory(() => <FeeLoadError error={problem(500)} onRetry={onRetry} />, { locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
