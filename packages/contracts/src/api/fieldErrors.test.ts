import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromQuery, fieldErrorsFromZod } from './fieldErrors.ts';

describe('fieldErrorsFromZod', () => {
  it('names each refused field by its dotted path, and each unknown field on its own', () => {
    const schema = z.strictObject({
      name: z.strictObject({ en: z.string().min(1) }),
      ports: z.array(z.enum(['yantian', 'shekou'])),
    });
    const result = schema.safeParse({ name: { en: '', fr: 'x' }, ports: ['yantian', 'atlantis'], colour: 'red' });
    expect(fieldErrorsFromZod(result.error!)).toEqual([
      { path: 'name.en', message: expect.any(String), code: 'too_small' },
      { path: 'name.fr', message: 'unknown field', code: 'unrecognized_keys' },
      { path: 'ports.1', message: expect.any(String), code: 'invalid_value' },
      { path: 'colour', message: 'unknown field', code: 'unrecognized_keys' },
    ]);
  });
});

describe('fieldErrorsFromQuery', () => {
  it('names the parameter and, for a value not in the list, the value and what is allowed', () => {
    const schema = z.object({ mode: z.array(z.enum(['sea', 'air'])), limit: z.coerce.number().int().max(100) });
    const raw = { mode: ['sea', 'air2'], limit: '500' };
    expect(fieldErrorsFromQuery(raw, schema.safeParse(raw).error!)).toEqual([
      { path: 'mode', message: '"air2" is not one of: sea, air', code: 'invalid_value' },
      { path: 'limit', message: expect.any(String), code: 'too_big' },
    ]);
  });
});
