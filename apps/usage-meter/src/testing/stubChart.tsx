import type { ChartProps } from '@sw/ui';

/**
 * Stands in for `@sw/ui`'s Chart in component tests: echarts does not draw in happy-dom, and the
 * figures a reader needs are in the tables beside each chart. The option is kept for assertions.
 */
export function StubChart({ ariaLabel, option }: ChartProps) {
  return <div role="img" aria-label={ariaLabel} data-option={JSON.stringify(option)} />;
}
