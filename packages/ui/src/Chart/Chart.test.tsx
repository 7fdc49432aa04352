import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chart } from './Chart.tsx';

// A stand-in for echarts that records what each chart instance was asked to draw.
const { charts } = vi.hoisted(() => ({
  charts: [] as Array<{ locale: string; options: unknown[]; disposed: boolean; resized: number }>,
}));
vi.mock('./echarts.ts', () => ({
  echarts: {
    init: (_element: HTMLElement, _theme: unknown, { locale }: { locale: string }) => {
      const chart = { locale, options: [] as unknown[], disposed: false, resized: 0 };
      charts.push(chart);
      return {
        setOption: (option: unknown) => chart.options.push(option),
        dispose: () => (chart.disposed = true),
        resize: () => (chart.resized += 1),
        getWidth: () => 0,
        getHeight: () => 0,
      };
    },
  },
}));

afterEach(() => {
  cleanup();
  charts.length = 0;
  vi.unstubAllGlobals();
});

const trend = { series: [{ type: 'line', name: '货物申报', data: [0.9] }] };
const trendInEnglish = { series: [{ type: 'line', name: 'Goods declarations', data: [0.9] }] };
const live = () => charts.filter((chart) => !chart.disposed);
const still = (option: object) => ({ ...option, animation: false });

describe('Chart', () => {
  it('draws the option in its language once echarts is loaded', async () => {
    const view = render(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    const placeholder = () => view.container.querySelector('[class*="skeleton"]');
    expect(placeholder()).not.toBeNull();
    await waitFor(() => expect(live()).toMatchObject([{ locale: 'ZH', options: [trend] }]));
    expect(placeholder()).toBeNull();
  });

  it('redraws on new texts without starting over or animating again, and does not redraw an unchanged option', async () => {
    const view = render(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    await waitFor(() => expect(live()[0]?.options).toHaveLength(1));
    view.rerender(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    const traditional = { ...trend };
    view.rerender(<Chart option={traditional} ariaLabel="趨勢" locale="ZH" />);
    await waitFor(() => expect(live()[0]?.options).toEqual([trend, still(traditional)]));
    expect(charts).toHaveLength(1);
  });

  it('starts a chart in the new echarts language when the language changes, dropping the old one', async () => {
    const view = render(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    await waitFor(() => expect(live()).toHaveLength(1));
    view.rerender(<Chart option={trendInEnglish} ariaLabel="Trend" locale="EN" />);
    await waitFor(() => expect(live()).toMatchObject([{ locale: 'EN', options: [still(trendInEnglish)] }]));
    expect(charts[0]).toMatchObject({ locale: 'ZH', disposed: true });
  });

  it('never animates for a reader who asked for less motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    render(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    await waitFor(() => expect(live()).toMatchObject([{ options: [still(trend)] }]));
  });

  it('lets go of the chart when it leaves the page', async () => {
    const view = render(<Chart option={trend} ariaLabel="趋势" locale="ZH" />);
    await waitFor(() => expect(live()).toHaveLength(1));
    view.unmount();
    expect(live()).toHaveLength(0);
  });
});
