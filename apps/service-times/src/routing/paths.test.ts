import { describe, expect, it } from 'vitest';
import { pageOf, paths } from './paths.ts';

describe('pageOf', () => {
  it('finds every page from its path, and nothing else', () => {
    expect(pageOf('/service-times')).toEqual({ name: 'terminals' });
    expect(pageOf('/service-times/')).toEqual({ name: 'terminals' });
    expect(pageOf(paths.compare())).toEqual({ name: 'compare' });
    expect(pageOf(paths.coverage())).toEqual({ name: 'coverage' });
    expect(pageOf(paths.terminal('yict'))).toEqual({ name: 'terminal', terminalId: 'yict' });
    expect(pageOf(paths.upload('yict'))).toEqual({ name: 'upload', terminalId: 'yict' });
    expect(pageOf('/service-times/terminals')).toEqual({ name: 'not-found' });
    expect(pageOf('/service-times/terminals/yict/other')).toEqual({ name: 'not-found' });
    expect(pageOf('/service-timesheet')).toEqual({ name: 'not-found' });
  });
});
