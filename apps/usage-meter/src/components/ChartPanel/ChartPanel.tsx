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

/** A section with a chart and its data table side by side (stacked on narrow screens). */
export function ChartPanel({ title, controls, actions, chart, table, footer }: ChartPanelProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
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
