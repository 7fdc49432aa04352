import { App, Button, Empty, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleButtonLink, ModuleLink, useModuleSearch } from '@sw/module-kit';
import {
  SHIPMENT_QUESTIONS,
  proceduresForShipment,
  shipmentAnswersFromSearchParams,
  shipmentAnswersSchema,
  shipmentAnswersToSearchParams,
  shipmentChecklist,
  type ShipmentAnswers,
} from '@sw/contracts';
import { useProcedure, useProcedures } from '../../api/useProcedures.ts';
import { LoadState } from '../../components/LoadState/LoadState.tsx';
import { PageFrame } from '../../components/PageFrame/PageFrame.tsx';
import { ShipmentChecklist } from '../../components/ShipmentChecklist/ShipmentChecklist.tsx';
import { ShipmentWizard } from '../../components/ShipmentWizard/ShipmentWizard.tsx';
import { useAgencyMap } from '../../components/useAgencyMap.ts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { paths } from '../../routing/paths.ts';

/**
 * "My shipment": questions one at a time, then a personal checklist. The answers live in the
 * URL, so the checklist is a link that can be shared or bookmarked, and printed.
 */
export function ShipmentPage() {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const { message } = App.useApp();
  const [params, setParams] = useModuleSearch(SHIPMENT_QUESTIONS);
  const answers = useMemo(() => shipmentAnswersFromSearchParams(params), [params]);
  const [revisit, setRevisit] = useState<keyof ShipmentAnswers>();
  const list = useProcedures();
  const agencies = useAgencyMap();

  const complete = shipmentAnswersSchema.safeParse(answers);
  const firstMissing = SHIPMENT_QUESTIONS.find((key) => answers[key] === undefined);
  const question = revisit ?? firstMissing;
  const match = complete.success && list.data ? proceduresForShipment(list.data.items, complete.data)[0] : undefined;
  const procedure = useProcedure(question ? undefined : match?.id);
  const checklist = useMemo(
    () => (procedure.data && complete.success ? shipmentChecklist(procedure.data, complete.data) : undefined),
    [procedure.data, complete.success, complete.data],
  );

  const answer = (next: Partial<ShipmentAnswers>) => {
    setRevisit(undefined);
    setParams(shipmentAnswersToSearchParams(next));
  };
  const back = () => {
    const current = question ? SHIPMENT_QUESTIONS.indexOf(question) : SHIPMENT_QUESTIONS.length;
    setRevisit(SHIPMENT_QUESTIONS[Math.max(0, current - 1)]);
  };
  const copyLink = async () => {
    const link = new URL(paths.shipment(shipmentAnswersToSearchParams(answers)), location.origin).href;
    try {
      await navigator.clipboard.writeText(link);
      void message.success(t('checklist.copied'));
    } catch {
      void message.info(t('checklist.copyFallback', { link }));
    }
  };

  let content;
  if (!list.data) content = <LoadState query={list} />;
  else if (question) {
    content = (
      <ShipmentWizard
        key={question}
        answers={answers}
        procedures={list.data.items}
        question={question}
        onAnswer={answer}
        onBack={back}
      />
    );
  } else if (!match) {
    content = (
      <Empty description={t('wizard.nothingFits')}>
        <Button onClick={() => setRevisit('direction')}>{t('checklist.change')}</Button>
      </Empty>
    );
  } else if (!checklist || !complete.success) content = <LoadState query={procedure} />;
  else {
    content = (
      <>
        <Typography.Paragraph>
          {t('checklist.for')}{' '}
          <ModuleLink to={paths.procedure(checklist.procedure.id)}>
            <strong>{format.text(checklist.procedure.title)}</strong>
          </ModuleLink>
          {checklist.procedure.demo && <Typography.Text type="secondary"> ({t('common:demoData')})</Typography.Text>}
        </Typography.Paragraph>
        <ShipmentChecklist checklist={checklist} answers={complete.data} agencies={agencies} />
      </>
    );
  }

  return (
    <PageFrame
      title={question ? t('wizard.title') : t('checklist.title')}
      intro={question ? t('wizard.intro') : t('checklist.intro')}
      trail={[{ label: t('wizard.title'), to: paths.shipment() }]}
      actions={
        checklist && !question ? (
          <>
            <Button type="primary" onClick={() => print()}>
              {t('checklist.print')}
            </Button>
            <Button onClick={() => void copyLink()}>{t('checklist.copyLink')}</Button>
            <Button onClick={back}>{t('checklist.change')}</Button>
            <ModuleButtonLink to={paths.shipment()}>{t('checklist.restart')}</ModuleButtonLink>
          </>
        ) : undefined
      }
    >
      {content}
    </PageFrame>
  );
}
