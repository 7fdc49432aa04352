import { describe, expect, it } from 'vitest';
import { paths, routeOf } from './paths.ts';

describe('module paths', () => {
  it('reads every page back from the link that leads to it', () => {
    expect(routeOf(paths.list())).toEqual({ page: 'list' });
    expect(routeOf('/clearance/')).toEqual({ page: 'list' });
    expect(routeOf(paths.procedure('yantian-sea-import-standard').split('?')[0]!)).toEqual({
      page: 'procedure',
      id: 'yantian-sea-import-standard',
    });
    expect(routeOf(paths.history('a-b'))).toEqual({ page: 'history', id: 'a-b' });
    expect(routeOf(paths.compare('a', 'b').split('?')[0]!)).toEqual({ page: 'compare' });
    expect(routeOf(paths.shipment())).toEqual({ page: 'shipment' });
    expect(routeOf(paths.manage())).toEqual({ page: 'manage' });
    expect(routeOf(paths.newDraft('p', 's').split('?')[0]!)).toEqual({ page: 'new-draft' });
    expect(routeOf(paths.draft('d-1'))).toEqual({ page: 'draft', id: 'd-1' });
  });

  it('keeps query parameters in the links and knows what is not a page', () => {
    expect(paths.procedure('p', 3)).toBe('/clearance/procedures/p?version=3');
    expect(paths.compare('a', 'b')).toBe('/clearance/compare?a=a&b=b');
    expect(routeOf('/clearance/procedures')).toEqual({ page: 'not-found' });
    expect(routeOf('/clearance/anything/else')).toEqual({ page: 'not-found' });
  });
});
