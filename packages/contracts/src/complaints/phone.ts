import { z } from 'zod';

/** Where a contact phone number may be: mainland China, Hong Kong, Macao. */
export const CONTACT_PHONE_REGIONS = ['CN', 'HK', 'MO'] as const;
export type ContactPhoneRegion = (typeof CONTACT_PHONE_REGIONS)[number];

export const CONTACT_PHONE_COUNTRY_CODES: Readonly<Record<ContactPhoneRegion, string>> = {
  CN: '86',
  HK: '852',
  MO: '853',
};

/**
 * Subscriber numbers that can be called back, after the country code (numbering plans of MIIT, OFCA
 * and CTT): mainland mobiles `1[3-9]` + 9 digits, mainland landlines area code (10, 2x or three
 * digits) + 7–8 digits; Hong Kong 8 digits from 2 to 9; Macao mobiles 6 + 7 digits, landlines 28 +
 * 6 digits, newer fixed numbers 8 + 7 digits. Short service numbers (95198, 12360) are not contacts.
 */
const NATIONAL_PATTERNS: Readonly<Record<ContactPhoneRegion, RegExp>> = {
  CN: /^(?:1[3-9]\d{9}|(?:10|2\d)\d{8}|[3-9]\d{2}\d{7,8})$/,
  HK: /^[2-9]\d{7}$/,
  MO: /^(?:6\d{7}|28\d{6}|8\d{7})$/,
};

/** The region of an E.164 contact number, or undefined when it is not a number we can call back. */
export function contactPhoneRegion(e164: string): ContactPhoneRegion | undefined {
  for (const region of CONTACT_PHONE_REGIONS) {
    const prefix = `+${CONTACT_PHONE_COUNTRY_CODES[region]}`;
    if (e164.startsWith(prefix) && NATIONAL_PATTERNS[region].test(e164.slice(prefix.length))) return region;
  }
  return undefined;
}

/** A contact phone number in E.164 form (`+8613812345678`, `+85291234567`, `+85366123456`). */
export const contactPhoneSchema = z.string().refine((value) => contactPhoneRegion(value) !== undefined, {
  message: 'a mainland China, Hong Kong or Macao phone number in E.164 form, e.g. +8613812345678',
});
