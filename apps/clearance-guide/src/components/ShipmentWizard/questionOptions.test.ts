import { describe, expect, it } from 'vitest';
import { toProcedureSummary } from '@sw/contracts';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { optionsFor } from './questionOptions.ts';

const summaries = CLEARANCE_PROCEDURES.map(toProcedureSummary);

describe('wizard options', () => {
  it('offers only answers for which a procedure is published, given the earlier answers', () => {
    expect(optionsFor('mode', { direction: 'transit' }, summaries)).toEqual(['sea']);
    expect(optionsFor('port', { direction: 'export', mode: 'road' }, summaries)).toEqual([
      'huanggang',
      'wenjindu',
      'shenzhen-bay',
    ]);
    expect(
      optionsFor(
        'variant',
        { direction: 'export', mode: 'road', port: 'huanggang', cargo: 'fresh-produce' },
        summaries,
      ),
    ).toEqual(['standard', 'green-channel']);
  });

  it('never offers the appeal as a way to clear a shipment', () => {
    expect(
      optionsFor('variant', { direction: 'import', mode: 'sea', port: 'yantian', cargo: 'general' }, summaries),
    ).not.toContain('appeal');
  });
});
