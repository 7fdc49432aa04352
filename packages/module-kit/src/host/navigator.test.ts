import { describe, expect, it } from 'vitest';
import { createMemoryNavigator, createNavigator } from './navigator.ts';
import { createEventBus } from './eventBus.ts';

describe('createNavigator', () => {
  it('opens the route and hands its payload to the target once', () => {
    const visited: string[] = [];
    const navigator = createNavigator({ go: (url) => visited.push(url) });
    navigator.navigate('/hotline', { prefill: { category: 'port-charges', description: 'double charge' } }, 'tab=new');
    expect(visited).toEqual(['/hotline?tab=new']);
    expect(navigator.takePayload('/hotline')).toEqual({
      prefill: { category: 'port-charges', description: 'double charge' },
    });
    expect(navigator.takePayload('/hotline')).toBeUndefined();
  });

  it('drops a stale payload when the route is opened again without one', () => {
    const navigator = createNavigator({ go: () => {} });
    navigator.navigate('/fees', { feeId: 'a' });
    navigator.navigate('/fees');
    expect(navigator.takePayload('/fees')).toBeUndefined();
  });
});

describe('createEventBus', () => {
  it('delivers typed events to subscribers until they unsubscribe, isolating a throwing listener', () => {
    const errors: unknown[] = [];
    const bus = createEventBus((e) => errors.push(e));
    const seen: string[] = [];
    bus.on('locale:changed', () => {
      throw new Error('bad listener');
    });
    const off = bus.on('locale:changed', ({ locale }) => seen.push(locale));
    bus.emit('locale:changed', { locale: 'en' });
    off();
    bus.emit('locale:changed', { locale: 'zh-HK' });
    expect(seen).toEqual(['en']);
    expect(errors).toHaveLength(2);
  });
});

describe('createNavigator (page URL)', () => {
  it('keeps filters in the address without adding history entries, and tells subscribers', () => {
    history.replaceState(null, '', '/fees?lang=en');
    const navigator = createNavigator({ go: () => {} });
    const seen: string[] = [];
    const off = navigator.subscribe(() => seen.push(navigator.location().search));
    const before = history.length;
    navigator.replaceSearch('?q=pilotage');
    expect(location.search).toBe('?q=pilotage');
    expect(history.length).toBe(before);
    expect(seen).toEqual(['?q=pilotage']);
    expect(navigator.location()).toBe(navigator.location()); // a stable snapshot while unchanged
    off();
  });
});

describe('createMemoryNavigator (embedded)', () => {
  const setup = () => {
    const left: Array<[string, string, unknown]> = [];
    const navigator = createMemoryNavigator({
      initial: { pathname: '/fees', search: '' },
      owns: (pathname) => pathname === '/fees' || pathname.startsWith('/fees/'),
      leave: (url, route, payload) => left.push([url, route, payload]),
    });
    return { navigator, left };
  };

  it('moves inside the module in memory without touching the page address', () => {
    history.replaceState(null, '', '/legacy/page.html');
    const { navigator } = setup();
    const changes: string[] = [];
    navigator.subscribe(() => changes.push(navigator.location().pathname + navigator.location().search));
    navigator.push('/fees/fee-pilotage?tab=history');
    navigator.replaceSearch('q=tug');
    expect(changes).toEqual(['/fees/fee-pilotage?tab=history', '/fees/fee-pilotage?q=tug']);
    expect(location.pathname).toBe('/legacy/page.html');
  });

  it('hands navigation to another module over to the embedding page, with its payload', () => {
    const { navigator, left } = setup();
    const prefill = { category: 'port-charges' as const, description: 'overcharged' };
    navigator.navigate('/hotline', { prefill });
    navigator.push('/usage');
    expect(left).toEqual([
      ['/hotline', '/hotline', { prefill }],
      ['/usage', '/usage', undefined],
    ]);
    expect(navigator.location().pathname).toBe('/fees');
  });
});
