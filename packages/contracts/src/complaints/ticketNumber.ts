import { calendarDateInShenzhen } from '../calendar/workingDays.ts';

/** Crockford's base32: no I, L, O or U, so a number read out on the phone is not misheard or mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 6;

/** `HL-20261127-7K3F9Q`: the Shenzhen date it arrived and six random characters (30 bits). */
export const COMPLAINT_TICKET_PATTERN = /^HL-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/;

/** A new ticket number; `random` gives at least six bytes (crypto.getRandomValues in both runtimes). */
export function newTicketNumber(receivedAt: Date, random: (length: number) => Uint8Array): string {
  const bytes = random(RANDOM_LENGTH);
  let suffix = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) suffix += ALPHABET[bytes[i]! % 32];
  return `HL-${calendarDateInShenzhen(receivedAt).replaceAll('-', '')}-${suffix}`;
}

/**
 * Reads a ticket number as people type it: any case, spaces or dashes anywhere, the `HL` prefix
 * optional, O read as 0 and I or L as 1. Undefined when it cannot be one.
 */
export function normaliseTicketNumber(input: string): string | undefined {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_./]/g, '')
    .replace(/^HL/, '');
  const match = /^(\d{8})([0-9A-Z]{6})$/.exec(compact);
  if (!match) return undefined;
  const suffix = match[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (/U/.test(suffix)) return undefined;
  return `HL-${match[1]}-${suffix}`;
}
