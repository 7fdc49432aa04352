import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { CONTACT_PHONE_REGIONS, contactPhoneRegion, type ContactPhoneRegion } from '@sw/contracts';

export type PhoneCheck =
  { ok: true; e164: string; region: ContactPhoneRegion; display: string } | { ok: false; region: ContactPhoneRegion };

/**
 * Reads a phone number as people type it (spaces, dashes, brackets, with or without +86/+852/+853;
 * an explicit code wins over the chosen region) into E.164, valid by libphonenumber's numbering data
 * and by the contract the server checks (callable mobiles and landlines, not service numbers).
 */
export function checkPhone(input: string, region: ContactPhoneRegion): PhoneCheck {
  const parsed = parsePhoneNumberFromString(input.trim(), region);
  const actual =
    parsed?.country && (CONTACT_PHONE_REGIONS as readonly string[]).includes(parsed.country)
      ? (parsed.country as ContactPhoneRegion)
      : region;
  if (!parsed || !parsed.isValid() || contactPhoneRegion(parsed.number) !== actual)
    return { ok: false, region: actual };
  return { ok: true, e164: parsed.number, region: actual, display: parsed.formatInternational() };
}

/** The region of a stored E.164 number and its national form, to put it back into the field. */
export function phoneFieldValue(e164: string): { region: ContactPhoneRegion; national: string } | undefined {
  const parsed = parsePhoneNumberFromString(e164);
  const region = contactPhoneRegion(e164);
  return parsed && region ? { region, national: parsed.formatNational() } : undefined;
}
