import { describe, expect, it } from 'vitest';
import { stepContentSchema } from '@sw/contracts';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { contentFromForm } from './contentFromForm.ts';
import { fieldName } from './formErrors.ts';

const { id: _id, agencyId: _agency, ...published } = CLEARANCE_PROCEDURES[0]!.steps[3]!;

describe('the step form', () => {
  it('gives back exactly the published content when nothing was changed', () => {
    expect(contentFromForm(published)).toEqual(stepContentSchema.parse(published));
  });

  it('leaves out what the author emptied and trims what was typed', () => {
    const content = contentFromForm({
      ...published,
      contact: { ...published.contact, email: '  ', website: '' },
      onlineServiceUrl: '',
      cargo: [],
      condition: { 'zh-CN': '', 'zh-HK': '', en: '' },
      title: { 'zh-CN': ' 报关 ', 'zh-HK': '報關', en: 'Declaration ' },
      timing: { ...published.timing, limitMinutes: null as never },
    });
    expect(content.contact).not.toHaveProperty('email');
    expect(content.contact).not.toHaveProperty('website');
    expect(content).not.toHaveProperty('onlineServiceUrl');
    expect(content).not.toHaveProperty('cargo');
    expect(content).not.toHaveProperty('condition');
    expect(content.timing).not.toHaveProperty('limitMinutes');
    expect(content.title).toEqual({ 'zh-CN': '报关', 'zh-HK': '報關', en: 'Declaration' });
  });

  it('maps error paths of the API onto form fields', () => {
    expect(fieldName('content.documents.0.name.en')).toEqual(['content', 'documents', 0, 'name', 'en']);
  });
});
