import { Skeleton } from 'antd';
import type * as EChartsCore from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

type EChartsModule = { echarts: typeof EChartsCore };
type ChartLocale = 'ZH' | 'EN';
type Instance = ReturnType<EChartsModule['echarts']['init']>;
let loading: Promise<EChartsModule> | undefined;
/** echarts is fetched the first time a chart is shown, never before: a page's first render does not wait for it. */
const loadECharts = () => (loading ??= import('./echarts.ts'));

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the data table beside it carries the figures). */
  ariaLabel: string;
  /** Chart locale for built-in texts and number formats ('ZH' or 'EN'). */
  locale?: ChartLocale;
}

/**
 * Runs `draw` after the next paint: a redraw (new language, new figures) costs tens of milliseconds
 * per chart, and the texts around it should not wait for that. Returns a cancel function.
 */
function afterNextPaint(draw: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // requestAnimationFrame runs just before the paint; a task queued from it runs after.
  const frame = requestAnimationFrame(() => (timer = setTimeout(draw)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** The reader asked their system for less motion (WCAG 2.3.3). */
const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * An echarts chart, loaded lazily, resized with its container and disposed on unmount. It is drawn
 * as soon as echarts is there; later changes are drawn after the next paint, and only what changed:
 * a new `option` (by identity) is set, a new `locale` (which echarts only takes at init) re-inits.
 * Only its first appearance is animated: a redraw (another language, another scope) shows the
 * figures at once rather than growing them again for a second, and nothing moves for a reader who
 * asked for less motion.
 */
export function Chart({ option, height = 320, ariaLabel, locale = 'ZH' }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const drawn = useRef<{ instance: Instance; locale: ChartLocale; option: EChartsCoreOption }>(undefined);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The first notification only reports the size the chart was just drawn at: skip it (and any other
    // that changes nothing) rather than laying the chart out a second time.
    const observer = new ResizeObserver(() => {
      const instance = drawn.current?.instance;
      if (instance && (instance.getWidth() !== element.clientWidth || instance.getHeight() !== element.clientHeight))
        instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      drawn.current?.instance.dispose();
      drawn.current = undefined;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    let cancelDraw: (() => void) | undefined;
    const draw = ({ echarts }: EChartsModule) => {
      const element = container.current;
      if (cancelled || !element) return;
      const firstAppearance = !drawn.current;
      let current = drawn.current;
      if (!current || current.locale !== locale) {
        current?.instance.dispose();
        current = drawn.current = {
          instance: echarts.init(element, undefined, { renderer: 'svg', locale }),
          locale,
          option: {},
        };
      }
      if (current.option !== option) {
        const animated = firstAppearance && !prefersReducedMotion();
        current.instance.setOption(animated ? option : { ...option, animation: false }, { notMerge: true });
        current.option = option;
      }
      setReady(true);
    };
    void loadECharts().then((module) => {
      if (cancelled) return;
      if (!drawn.current) draw(module);
      else if (drawn.current.locale !== locale || drawn.current.option !== option)
        cancelDraw = afterNextPaint(() => draw(module));
    });
    return () => {
      cancelled = true;
      cancelDraw?.();
    };
  }, [option, locale]);

  return (
    <div role="img" aria-label={ariaLabel} style={{ position: 'relative', width: '100%', height }}>
      <div ref={container} style={{ width: '100%', height: '100%' }} />
      {!ready && <Skeleton.Node active style={{ position: 'absolute', inset: 0, width: '100%', height }} />}
    </div>
  );
}
