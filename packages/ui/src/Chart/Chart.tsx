import { Skeleton } from 'antd';
import type * as EChartsCore from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

type EChartsModule = { echarts: typeof EChartsCore };
let loading: Promise<EChartsModule> | undefined;
/** echarts is fetched the first time a chart is shown, never before: a page's first render does not wait for it. */
const loadECharts = () => (loading ??= import('./echarts.ts'));

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the data table beside it carries the figures). */
  ariaLabel: string;
  /** Chart locale for built-in texts and number formats ('ZH' or 'EN'). */
  locale?: 'ZH' | 'EN';
}

/** An echarts chart, loaded lazily, resized with its container and disposed on unmount. */
export function Chart({ option, height = 320, ariaLabel, locale = 'ZH' }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ReturnType<EChartsModule['echarts']['init']>>();

  useEffect(() => {
    let disposed = false;
    let instance: ReturnType<EChartsModule['echarts']['init']> | undefined;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (disposed || !container.current) return;
      instance = echarts.init(container.current, undefined, { renderer: 'svg', locale });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(container.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, [locale]);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return (
    <div role="img" aria-label={ariaLabel} style={{ position: 'relative', width: '100%', height }}>
      <div ref={container} style={{ width: '100%', height: '100%' }} />
      {!chart && <Skeleton.Node active style={{ position: 'absolute', inset: 0, width: '100%', height }} />}
    </div>
  );
}
