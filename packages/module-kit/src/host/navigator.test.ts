import { describe, expect, it } from 'vitest';
import { createNavigator } from './navigator.ts';
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
