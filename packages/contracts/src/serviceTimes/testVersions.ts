import type { StandardVersion } from './versions.ts';

const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });

/** A complete standard version for the tests of this folder; override what a test is about. */
export function makeVersion(overrides: Partial<StandardVersion> = {}): StandardVersion {
  return {
    terminalId: 'yict',
    operation: 'unstuffing',
    process: text('process'),
    timeLimit: { value: 2, unit: 'hours' },
    clockStart: 'instruction-received',
    commitmentPercent: 95,
    conditions: text('conditions'),
    forceMajeure: text('force majeure'),
    effectiveFrom: '2019-05-01',
    version: 1,
    publishedAt: '2019-04-20T10:00:00+08:00',
    demo: true,
    ...overrides,
  };
}
