import { describe, expect, it } from 'vitest';
import { pageOf } from './routes.tsx';

describe('pageOf', () => {
  it('tells the sections, the print view and item pages apart', () => {
    expect(pageOf('/fees')).toEqual({ section: 'list' });
    expect(pageOf('/fees/')).toEqual({ section: 'list' });
    expect(pageOf('/fees/reductions')).toEqual({ section: 'reductions' });
    expect(pageOf('/fees/estimate')).toEqual({ section: 'estimate' });
    expect(pageOf('/fees/print')).toEqual({ print: true });
    expect(pageOf('/fees/fee-pilotage-yantian')).toEqual({ itemId: 'fee-pilotage-yantian' });
  });
});
