import { describe, expect, it } from 'vitest';
import { canManageTerminal } from './canManageTerminal.ts';

const yict = { organisationId: 'yict' };

describe('canManageTerminal', () => {
  it('lets the terminal’s own operator and the admin manage it, nobody else', () => {
    expect(canManageTerminal({ id: 'o', role: 'operator', name: 'o', organisationId: 'yict' }, yict)).toBe(true);
    expect(canManageTerminal({ id: 'a', role: 'admin', name: 'a' }, yict)).toBe(true);
    expect(canManageTerminal({ id: 'o', role: 'operator', name: 'o', organisationId: 'sct' }, yict)).toBe(false);
    expect(canManageTerminal({ id: 'o', role: 'operator', name: 'o' }, yict)).toBe(false);
    expect(canManageTerminal({ id: 'r', role: 'regulator', name: 'r' }, yict)).toBe(false);
    expect(canManageTerminal(undefined, yict)).toBe(false);
  });
});
