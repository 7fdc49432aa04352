import { Card, Flex, Typography } from 'antd';
import { useId, type ReactNode } from 'react';

interface ChartPanelProps {
  title: string;
  /** Controls above the chart (e.g. which business). */
  controls?: ReactNode;
  /** Export buttons of the table. */
  actions?: ReactNode;
  chart: ReactNode;
  /** The data table beside the chart: the same figures, readable and exportable. */
  table: ReactNode;
  footer?: ReactNode;
}

/**
 * The browser skips style, layout and paint of a panel while it is off screen (`content-visibility`),
 * yet keeps it in the page for find-in-page and screen readers. Most panels start below the fold, so
 * a language switch or a new scope lays out only what the reader sees. The size stands in until the
 * panel was first shown; after that the browser keeps its last one.
 */
const OFF_SCREEN_SKIPPED = { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' } as const;

/** A section with a chart and its data table side by side (stacked on narrow screens). */
export function ChartPanel({ title, controls, actions, chart, table, footer }: ChartPanelProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} style={OFF_SCREEN_SKIPPED}>
      <Card
        title={
          <Typography.Title id={titleId} level={3} style={{ margin: 0, fontSize: 18 }}>
            {title}
          </Typography.Title>
        }
        extra={actions}
        styles={{ body: { paddingTop: 12 } }}
      >
        {controls && <div style={{ marginBottom: 12 }}>{controls}</div>}
        <Flex wrap gap={24} align="flex-start">
          <div style={{ flex: '3 1 480px', minWidth: 0 }}>{chart}</div>
          <div style={{ flex: '2 1 360px', minWidth: 0 }}>{table}</div>
        </Flex>
        {footer}
      </Card>
    </section>
  );
}
