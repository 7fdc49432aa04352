import { describe, expect, it } from 'vitest';
import { appName, routeMatches } from './routes.ts';

describe('routeMatches', () => {
  it.each([
    ['/', '/', true],
    ['/', '/fees', false],
    ['/fees', '/fees', true],
    ['/fees', '/fees/fee-pilotage', true],
    ['/fees', '/feesx', false],
    ['/service-times', '/service', false],
  ])('route %s at %s → %s', (route, pathname, expected) => {
    expect(routeMatches(route, pathname)).toBe(expected);
  });
});

describe('appName', () => {
  it('names the main application after its module and others after their expose', () => {
    expect(appName('fee-directory', './lifecycles')).toBe('fee-directory');
    expect(appName('frame', './header')).toBe('frame:header');
  });
});
