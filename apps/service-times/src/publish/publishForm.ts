import type {
  LocalizedText,
  ServiceOperation,
  ServiceStandard,
  StandardPublishRequestInput,
  TimeUnit,
  ClockStart,
} from '@sw/contracts';

/** The publishing form's values; the shape of the request, with room for half-filled texts. */
export interface PublishFormValues {
  operation: ServiceOperation;
  process: Partial<LocalizedText>;
  timeLimit: { value?: number | null; unit: TimeUnit };
  clockStart?: ClockStart;
  commitmentPercent?: number | null;
  conditions: Partial<LocalizedText>;
  forceMajeure: Partial<LocalizedText>;
  effectiveFrom: string;
  changeNote?: Partial<LocalizedText>;
}

/**
 * Where the form starts: a new version starts from the latest one (so only what changes is typed)
 * and takes effect today unless said otherwise; a first one borrows the terminal's force-majeure
 * wording, which terminals keep the same for every operation.
 */
export function initialFormValues(
  operation: ServiceOperation,
  basis: ServiceStandard | undefined,
  today: string,
  forceMajeureOfTerminal: LocalizedText | undefined,
): PublishFormValues {
  if (basis) {
    return {
      operation,
      process: basis.process,
      timeLimit: { ...basis.timeLimit },
      clockStart: basis.clockStart,
      commitmentPercent: basis.commitmentPercent,
      conditions: basis.conditions,
      forceMajeure: basis.forceMajeure,
      effectiveFrom: basis.effectiveFrom > today ? basis.effectiveFrom : today,
      changeNote: {},
    };
  }
  return {
    operation,
    process: {},
    timeLimit: { unit: 'hours' },
    commitmentPercent: 95,
    conditions: {},
    forceMajeure: forceMajeureOfTerminal ?? {},
    effectiveFrom: today,
    changeNote: {},
  };
}

const trimmed = (text: Partial<LocalizedText> | undefined): LocalizedText => ({
  'zh-CN': text?.['zh-CN']?.trim() ?? '',
  'zh-HK': text?.['zh-HK']?.trim() ?? '',
  en: text?.en?.trim() ?? '',
});

/** The request the form's values make (an empty change note is left out). */
export function toPublishRequest(values: PublishFormValues): StandardPublishRequestInput {
  const note = trimmed(values.changeNote);
  return {
    operation: values.operation,
    process: trimmed(values.process),
    timeLimit: { value: values.timeLimit.value ?? 0, unit: values.timeLimit.unit },
    clockStart: values.clockStart!,
    commitmentPercent: values.commitmentPercent ?? 0,
    conditions: trimmed(values.conditions),
    forceMajeure: trimmed(values.forceMajeure),
    effectiveFrom: values.effectiveFrom,
    ...(note['zh-CN'] || note['zh-HK'] || note.en ? { changeNote: note } : {}),
  };
}
