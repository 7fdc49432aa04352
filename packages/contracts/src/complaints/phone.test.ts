import { describe, expect, it } from 'vitest';
import { contactPhoneRegion, contactPhoneSchema } from './phone.ts';

describe('contact phone numbers', () => {
  it.each([
    ['+8613812345678', 'CN'],
    ['+8675583251234', 'CN'],
    ['+861012345678', 'CN'],
    ['+862087654321', 'CN'],
    ['+85291234567', 'HK'],
    ['+85223456789', 'HK'],
    ['+85366123456', 'MO'],
    ['+85328123456', 'MO'],
  ])('accepts %s (%s)', (number, region) => {
    expect(contactPhoneRegion(number)).toBe(region);
    expect(contactPhoneSchema.safeParse(number).success).toBe(true);
  });

  it.each([
    ['13812345678', 'no country code'],
    ['+8612360', 'a short service number'],
    ['+8695198', 'a short service number'],
    ['+861381234567', 'a mobile one digit short'],
    ['+8521234567', 'Hong Kong, 7 digits'],
    ['+85212345678', 'Hong Kong starting with 1'],
    ['+85341234567', 'Macao starting with 4'],
    ['+14155550100', 'outside the three regions'],
    ['+86 138 1234 5678', 'not in E.164 form'],
  ])('refuses %s (%s)', (number) => {
    expect(contactPhoneSchema.safeParse(number).success).toBe(false);
  });
});
