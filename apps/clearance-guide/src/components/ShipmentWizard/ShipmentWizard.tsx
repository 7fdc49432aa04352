import { Button, Card, Flex, InputNumber, Radio, Steps, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SHIPMENT_UNITS, SHIPMENT_QUESTIONS, type ProcedureSummary, type ShipmentAnswers } from '@sw/contracts';
import { optionsFor, type ChoiceQuestion } from './questionOptions.ts';

interface ShipmentWizardProps {
  answers: Partial<ShipmentAnswers>;
  procedures: readonly ProcedureSummary[];
  /** The question to show (the first unanswered one unless the reader went back). */
  question: keyof ShipmentAnswers;
  onAnswer(next: Partial<ShipmentAnswers>): void;
  onBack(): void;
}

const TEXTS: Record<ChoiceQuestion, string> = {
  direction: 'directions',
  mode: 'modes',
  port: 'ports',
  cargo: 'cargo',
  variant: 'variants',
};

/**
 * Four to six questions about one shipment, each offering only answers that lead to a published procedure.
 * Render it with `key={question}` so each question starts from its saved answer.
 */
export function ShipmentWizard({ answers, procedures, question, onAnswer, onBack }: ShipmentWizardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const index = SHIPMENT_QUESTIONS.indexOf(question);
  const [choice, setChoice] = useState<string | number | undefined>(answers[question]);

  const options = question === 'units' ? [] : optionsFor(question, answers, procedures);
  const unitsLabel = t(`wizard.unitsBy.${answers.mode ?? 'sea'}`);
  const valid = question === 'units' ? typeof choice === 'number' && choice >= 1 : options.includes(String(choice));

  const next = () => {
    if (!valid) return;
    const later = SHIPMENT_QUESTIONS.slice(index + 1).filter((key) => key !== 'units');
    const changed = answers[question] !== choice;
    // A changed answer may rule out what was answered after it: those are asked again.
    const kept = Object.fromEntries(
      Object.entries(answers).filter(([key]) => !(changed && later.includes(key as ChoiceQuestion))),
    );
    onAnswer({ ...kept, [question]: choice });
  };

  return (
    <Card>
      <Steps
        size="small"
        current={index}
        items={SHIPMENT_QUESTIONS.map((key) => ({ key, title: t(`wizard.steps.${key}`) }))}
        style={{ marginBottom: 24 }}
        className="cg-no-print"
      />
      <form
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <Typography.Title level={3} id={headingId} style={{ fontSize: 18 }}>
          {t('wizard.progress', { number: index + 1, total: SHIPMENT_QUESTIONS.length })}{' '}
          {t(`wizard.questions.${question}`)}
        </Typography.Title>
        {question === 'units' ? (
          <Flex vertical gap={4} style={{ maxWidth: 320 }}>
            <Typography.Text>{unitsLabel}</Typography.Text>
            <InputNumber
              aria-label={unitsLabel}
              min={1}
              max={MAX_SHIPMENT_UNITS}
              precision={0}
              value={typeof choice === 'number' ? choice : null}
              onChange={(value) => setChoice(value ?? undefined)}
              style={{ width: '100%' }}
            />
            <Typography.Text type="secondary">{t('wizard.unitsHint', { max: MAX_SHIPMENT_UNITS })}</Typography.Text>
          </Flex>
        ) : options.length === 0 ? (
          <Typography.Paragraph type="warning" role="alert">
            {t('wizard.nothingFits')}
          </Typography.Paragraph>
        ) : (
          <Radio.Group
            value={choice}
            onChange={(event) => setChoice(event.target.value as string)}
            aria-labelledby={headingId}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            {options.map((value) => (
              <Radio key={value} value={value}>
                {t(`${TEXTS[question]}.${value}`)}
                {question === 'variant' && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t(`wizard.variantHints.${value}`)}
                  </Typography.Text>
                )}
              </Radio>
            ))}
          </Radio.Group>
        )}
        <Flex gap={8} style={{ marginTop: 24 }}>
          {index > 0 && <Button onClick={onBack}>{t('wizard.back')}</Button>}
          <Button type="primary" htmlType="submit" disabled={!valid}>
            {index === SHIPMENT_QUESTIONS.length - 1 ? t('wizard.finish') : t('wizard.next')}
          </Button>
        </Flex>
      </form>
    </Card>
  );
}
