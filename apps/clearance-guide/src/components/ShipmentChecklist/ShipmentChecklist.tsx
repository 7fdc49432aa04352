import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClearanceAgency, ClearanceStep, ShipmentAnswers, ShipmentChecklist as Checklist } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { DocumentChecklist } from '../DocumentChecklist/DocumentChecklist.tsx';
import { StepCost } from '../StepCost/StepCost.tsx';
import { TotalsSummary } from '../TotalsSummary/TotalsSummary.tsx';

interface ShipmentChecklistProps {
  checklist: Checklist;
  answers: ShipmentAnswers;
  agencies: ReadonlyMap<string, ClearanceAgency>;
}

/** The personal checklist: the shipment's answers, expected time and cost, steps with contacts, documents. */
export function ShipmentChecklist({ checklist, answers, agencies }: ShipmentChecklistProps) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const { expected, withOptional } = checklist;
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'direction', label: t('wizard.steps.direction'), children: t(`directions.${answers.direction}`) },
          { key: 'mode', label: t('wizard.steps.mode'), children: t(`modes.${answers.mode}`) },
          { key: 'port', label: t('wizard.steps.port'), children: t(`ports.${answers.port}`) },
          { key: 'cargo', label: t('wizard.steps.cargo'), children: t(`cargo.${answers.cargo}`) },
          { key: 'variant', label: t('wizard.steps.variant'), children: t(`variants.${answers.variant}`) },
          { key: 'units', label: t(`wizard.unitsBy.${answers.mode}`), children: format.number(answers.units) },
        ]}
      />
      <TotalsSummary
        totals={expected}
        costNote={t('checklist.worstCase', {
          duration: format.duration(withOptional.limitMinutes),
          amount: format.money(withOptional.indicativeCost),
        })}
      />
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('checklist.steps')}
      </Typography.Title>
      <Table<ClearanceStep>
        size="small"
        pagination={false}
        rowKey="id"
        aria-label={t('checklist.steps')}
        dataSource={checklist.steps}
        columns={[
          { key: 'n', title: '#', width: 40, render: (_, _step, index) => index + 1 },
          {
            key: 'step',
            title: t('checklist.step'),
            render: (_, step) => (
              <>
                <Typography.Text strong>{format.text(step.title)}</Typography.Text>
                {step.optional && <Typography.Text type="secondary"> ({t('flags.optional')})</Typography.Text>}
                {step.condition && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {format.text(step.condition)}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'contact',
            title: t('checklist.contact'),
            render: (_, step) => (
              <>
                {agencies.get(step.agencyId) ? format.text(agencies.get(step.agencyId)!.name) : step.agencyId}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {format.text(step.contact.unit)} ·{' '}
                  <a href={`tel:${step.contact.phone.replace(/[^0-9+]/g, '')}`}>{step.contact.phone}</a>
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'time',
            title: t('checklist.time'),
            render: (_, step) =>
              step.timing.limitMinutes !== undefined ? format.duration(step.timing.limitMinutes) : t('step.noLimit'),
          },
          { key: 'cost', title: t('step.cost'), render: (_, step) => <StepCost cost={step.cost} /> },
        ]}
      />
      {checklist.skipped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('checklist.skipped', {
            steps: checklist.skipped.map((step) => format.text(step.title)).join(t('listSeparator')),
          })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
        {t('procedure.documents')}
      </Typography.Title>
      <DocumentChecklist documents={checklist.documents} steps={checklist.steps} />
    </div>
  );
}
