import { describe, expect, it } from 'vitest';
import { standardPublishRequestSchema, withStatuses } from '@sw/contracts';
import { STANDARD_VERSIONS } from '@sw/mocks/data';
import { initialFormValues, toPublishRequest } from './publishForm.ts';

const [basis] = withStatuses(
  STANDARD_VERSIONS.filter((v) => v.terminalId === 'sct' && v.operation === 'unstuffing'),
  '2026-11-27',
).slice(-1);

describe('the publishing form', () => {
  it('starts a new version from the latest one, taking effect today, and makes a valid request of it', () => {
    const values = initialFormValues('unstuffing', basis, '2026-11-27', undefined);
    expect(values).toMatchObject({ timeLimit: { value: 2, unit: 'hours' }, effectiveFrom: '2026-11-27' });
    const request = toPublishRequest({ ...values, commitmentPercent: 97, changeNote: { 'zh-CN': ' ', en: '' } });
    expect(request).not.toHaveProperty('changeNote');
    expect(standardPublishRequestSchema.safeParse(request).success).toBe(true);
  });

  it('starts a first standard empty but for the terminal’s force-majeure wording', () => {
    const values = initialFormValues('cargo-pickup', undefined, '2026-11-27', basis!.forceMajeure);
    expect(values.process).toEqual({});
    expect(values.forceMajeure).toEqual(basis!.forceMajeure);
    expect(standardPublishRequestSchema.safeParse(toPublishRequest(values)).success).toBe(false);
  });
});
