import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PORT_IDS,
  SHIPMENT_CONDITIONS,
  estimateCharges,
  shipmentFromSearchParams,
  shipmentSchema,
  shipmentToSearchParams,
  type PortId,
  type Shipment,
  type ShipmentInput,
} from '@sw/contracts';
import { LoadError, useModuleSearch, usePathname } from '@sw/module-kit';
import { useFees } from '../../api/useFees.ts';
import { EstimateResult } from '../../components/EstimateResult/EstimateResult.tsx';
import { useToday } from '../../publicity/useToday.ts';

const SEA_PORTS = new Set<PortId>(['yantian', 'shekou', 'chiwan', 'mawan', 'dachan-bay']);
const LAND_PORTS = new Set<PortId>(['huanggang', 'wenjindu', 'shenzhen-bay', 'pingshan-rail']);

type FormValues = Partial<ShipmentInput>;

/** Query-string keys the estimator owns: the shipment; any other parameter (e.g. `?lang=`) stays. */
const SHIPMENT_KEYS = Object.keys(shipmentSchema.shape);

function readUrl(params: URLSearchParams): { values: FormValues; invalid: string[] } {
  const result = shipmentFromSearchParams(params);
  if (result.ok) return { values: result.shipment, invalid: [] };
  const hasAny = [...params.keys()].some((key) => key !== 'lang');
  return { values: { direction: 'import', ...result.partial }, invalid: hasAny ? result.invalid : [] };
}

/**
 * The charge estimator: the trader describes a shipment and gets an itemised estimate from the
 * published charges in force, each with its legal basis, and a total. The link holds the shipment.
 */
export function EstimatorPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const titleId = useId();
  const today = useToday();
  const fees = useFees();
  const pathname = usePathname();
  const [params, setParams] = useModuleSearch(SHIPMENT_KEYS);
  const [initial] = useState(() => readUrl(params));
  const [values, setValues] = useState<FormValues>(initial.values);
  const [form] = Form.useForm<FormValues>();

  const parsed = shipmentSchema.safeParse(values);
  const shipment: Shipment | undefined = parsed.success ? parsed.data : undefined;
  const estimate = useMemo(
    () => (shipment && fees.data ? estimateCharges(fees.data.items, shipment, today) : undefined),
    [shipment, fees.data, today],
  );

  const update = (next: FormValues) => {
    setValues(next);
    const valid = shipmentSchema.safeParse(next);
    if (valid.success) setParams(shipmentToSearchParams(valid.data));
  };
  const toggle = (id: string, include: boolean) => {
    const add = new Set(values.add ?? []);
    const drop = new Set(values.drop ?? []);
    if (include) {
      drop.delete(id);
      add.add(id);
    } else {
      add.delete(id);
      drop.add(id);
    }
    update({ ...values, add: [...add], drop: [...drop] });
  };
  const copyLink = async () => {
    // The module's location, not the page's: embedded, the page address does not hold the shipment.
    const search = params.toString();
    const url = new URL(search ? `${pathname}?${search}` : pathname, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('estimate.linkCopied'));
    } catch {
      void message.info(t('estimate.copyManually', { url }));
    }
  };

  const port = values.port;
  const countField = (name: keyof FormValues, label: string, max: number, extra?: string) => (
    <Col xs={24} sm={12} md={8}>
      <Form.Item name={name} label={label} extra={extra}>
        <InputNumber min={0} max={max} precision={name === 'weightTons' ? 2 : 0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('estimate.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('estimate.intro')}</Typography.Paragraph>
      {initial.invalid.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('estimate.badLink', {
            fields: initial.invalid.map((f) => t(`estimate.fields.${f}`, { defaultValue: f })).join(t('listSeparator')),
          })}
        />
      )}
      <Card>
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={initial.values}
          onValuesChange={(_, all) => update({ ...all, add: values.add, drop: values.drop })}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="port"
                label={t('estimate.fields.port')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <Select
                  placeholder={t('estimate.choosePort')}
                  options={PORT_IDS.map((id) => ({ value: id, label: t(`ports.${id}`) }))}
                  showSearch
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="direction" label={t('estimate.fields.direction')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'import', label: t('directions.import') },
                    { value: 'export', label: t('directions.export') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            {countField('containers20', t('estimate.fields.containers20'), 9999)}
            {countField('containers40', t('estimate.fields.containers40'), 9999)}
            {countField('weightTons', t('estimate.fields.weightTons'), 1_000_000)}
            {countField('storageDays', t('estimate.fields.storageDays'), 365, t('estimate.storageHint'))}
            {(!port || SEA_PORTS.has(port)) &&
              countField('vesselNetTons', t('estimate.fields.vesselNetTons'), 500_000, t('estimate.vesselHint'))}
            {port &&
              LAND_PORTS.has(port) &&
              countField('trips', t('estimate.fields.trips'), 9999, t('estimate.tripsHint'))}
          </Row>
          <Form.Item name="conditions" label={t('estimate.fields.conditions')}>
            <Checkbox.Group options={SHIPMENT_CONDITIONS.map((c) => ({ value: c, label: t(`conditions.${c}`) }))} />
          </Form.Item>
        </Form>
        <Button icon={<LinkOutlined aria-hidden />} onClick={() => void copyLink()} disabled={!shipment}>
          {t('estimate.copyLink')}
        </Button>
      </Card>
      <div style={{ marginTop: 16 }}>
        {fees.isError ? (
          <LoadError
            title={t('errors.title')}
            error={fees.error}
            onRetry={() => void fees.refetch()}
            retrying={fees.isFetching}
          />
        ) : !fees.data ? (
          <Skeleton active />
        ) : estimate ? (
          <EstimateResult estimate={estimate} today={today} onToggle={toggle} />
        ) : (
          <Alert type="info" showIcon title={t('estimate.start')} />
        )}
      </div>
    </section>
  );
}
