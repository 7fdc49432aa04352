import { getExampleNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { CONTACT_PHONE_REGIONS, contactPhoneSchema } from '@sw/contracts';
import { checkPhone } from './phone.ts';

describe('phone numbers as people type them', () => {
  it.each([
    ['138 1234 5678', 'CN', '+8613812345678'],
    ['0755-8325 1234', 'CN', '+8675583251234'],
    ['(020) 8765 4321', 'CN', '+862087654321'],
    ['9123 4567', 'HK', '+85291234567'],
    ['+852 9123 4567', 'CN', '+85291234567'],
    ['6612 3456', 'MO', '+85366123456'],
    ['2812 3456', 'MO', '+85328123456'],
  ] as const)('reads %s (%s) as %s', (input, region, e164) => {
    expect(checkPhone(input, region)).toMatchObject({ ok: true, e164 });
  });

  it.each([
    ['1381234567', 'CN'],
    ['12360', 'CN'],
    ['95198', 'CN'],
    ['1234 5678', 'HK'],
    ['4123 4567', 'MO'],
    ['+1 415 555 0100', 'CN'],
  ] as const)('refuses %s (%s)', (input, region) => {
    expect(checkPhone(input, region).ok).toBe(false);
  });

  it('agrees with the contract the server checks, for each region’s own example mobile number', () => {
    for (const region of CONTACT_PHONE_REGIONS) {
      const example = getExampleNumber(region, examples)!;
      const checked = checkPhone(example.formatNational(), region);
      expect(checked.ok, region).toBe(true);
      expect(contactPhoneSchema.safeParse(checked.ok ? checked.e164 : '').success, region).toBe(true);
    }
  });
});
