import { describe, expect, it } from 'vitest';
import { COMPLAINT_TICKET_PATTERN, newTicketNumber, normaliseTicketNumber } from './ticketNumber.ts';

describe('ticket numbers', () => {
  it('carry the Shenzhen date and six unambiguous characters', () => {
    const number = newTicketNumber(new Date('2026-11-27T17:30:00Z'), (n) => new Uint8Array(n).map((_, i) => i * 37));
    expect(number).toMatch(COMPLAINT_TICKET_PATTERN);
    expect(number.startsWith('HL-20261128-')).toBe(true);
  });

  it.each([
    ['HL-20261127-7K3F9Q', 'HL-20261127-7K3F9Q'],
    [' hl 20261127 7k3f9q ', 'HL-20261127-7K3F9Q'],
    ['20261127-7K3F9Q', 'HL-20261127-7K3F9Q'],
    ['HL-20261127-7K3FOL', 'HL-20261127-7K3F01'],
  ])('reads %s as typed', (input, expected) => {
    expect(normaliseTicketNumber(input)).toBe(expected);
  });

  it.each(['', 'HL-2026-ABC', 'HL-20261127-7K3F9U', 'OBJ-20261127-7A3F90C2'])('refuses %j', (input) => {
    expect(normaliseTicketNumber(input)).toBeUndefined();
  });
});
