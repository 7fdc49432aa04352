import { describe, expect, it } from 'vitest';
import { createDraftStore, emptyDraft, type ComplaintDraft } from './draft.ts';
import { validateDraft } from './validation.ts';

const complete = (overrides: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  ...emptyDraft('zh-CN'),
  category: 'port-charges',
  description: 'Charged twice for one lifting move at Shekou.',
  name: '李伟',
  phone: '138 1234 5678',
  consent: true,
  ...overrides,
});

describe('checking the draft before it goes out', () => {
  it('builds the request the server expects: phone in E.164, refused files left out', () => {
    const { request, errors } = validateDraft(complete({ email: '  li.wei@example.com ' }));
    expect(errors).toEqual({});
    expect(request).toMatchObject({
      contact: { name: '李伟', phone: '+8613812345678', email: 'li.wei@example.com' },
      attachments: [],
    });
  });

  it('keys each problem by field, the phone by its region', () => {
    const { request, errors } = validateDraft(
      complete({ category: undefined, description: 'short', phone: '9123 4567', phoneRegion: 'MO', consent: false }),
    );
    expect(request).toBeUndefined();
    expect(errors).toEqual({
      category: { key: 'form.errors.categoryRequired' },
      description: { key: 'form.errors.descriptionShort', values: { min: 10 } },
      phone: { key: 'form.errors.phoneInvalid.MO' },
      consent: { key: 'form.errors.consentRequired' },
    });
  });

  it('asks for a phone number or an e-mail address, and for refused files to go', () => {
    expect(validateDraft(complete({ phone: '' })).errors).toEqual({ phone: { key: 'form.errors.contactRequired' } });
    const refused = complete({
      attachments: [{ id: 'a', name: 'x.pdf', size: 3, state: 'refused', refusal: 'attachment.type_not_allowed' }],
    });
    expect(validateDraft(refused).errors).toEqual({ attachments: { key: 'form.errors.removeRefused' } });
  });
});

describe('the draft store', () => {
  it('keeps a draft across page loads and ignores one it cannot read', () => {
    const storage = new Map<string, string>();
    const store = createDraftStore({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    });
    const draft = complete();
    store.save(draft);
    expect(store.load()).toMatchObject({ description: draft.description, idempotencyKey: draft.idempotencyKey });
    storage.set('sw.hotline.draft.v1', '{"type":"nonsense"');
    expect(store.load()).toBeUndefined();
  });
});
