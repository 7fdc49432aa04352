import { CONTACT_PHONE_COUNTRY_CODES, contactPhoneRegion } from './phone.ts';

const STAR = '*';

/**
 * Personal data as lists show it (PIPL's minimum necessary): enough to tell tickets apart, not
 * enough to identify the person. The full data is shown only on the ticket page to staff.
 */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1)
    return words.map((word) => [...word][0] + STAR.repeat(Math.max(2, [...word].length - 1))).join(' ');
  const chars = [...(words[0] ?? '')];
  if (chars.length === 0) return STAR;
  return chars[0] + STAR.repeat(Math.max(1, chars.length - 1));
}

/** `+86 138****5678`, `+852 ****5678`: the country code and the last four digits (mainland mobiles: the first three too). */
export function maskPhone(e164: string): string {
  const region = contactPhoneRegion(e164);
  const code = region ? CONTACT_PHONE_COUNTRY_CODES[region] : '';
  const national = e164.slice(code.length + 1);
  const last = national.slice(-4);
  const head = region === 'CN' && national.startsWith('1') ? national.slice(0, 3) : '';
  const hidden = STAR.repeat(Math.max(0, national.length - head.length - last.length));
  return `${code ? `+${code} ` : ''}${head}${hidden}${last}`;
}

/** `l***@example.com`: the first character of the mailbox and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return STAR.repeat(3);
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}
