import type { LocalizedText, ServiceStandard } from '@sw/contracts';

export type ChangedField = 'timeLimit' | 'clockStart' | 'commitmentPercent' | 'process' | 'conditions' | 'forceMajeure';

const sameText = (a: LocalizedText, b: LocalizedText) =>
  a['zh-CN'] === b['zh-CN'] && a['zh-HK'] === b['zh-HK'] && a.en === b.en;

/** What a version changed compared with the one before it, in the order a reader cares about. */
export function versionChanges(before: ServiceStandard, after: ServiceStandard): ChangedField[] {
  const changes: ChangedField[] = [];
  if (before.timeLimit.value !== after.timeLimit.value || before.timeLimit.unit !== after.timeLimit.unit) {
    changes.push('timeLimit');
  }
  if (before.clockStart !== after.clockStart) changes.push('clockStart');
  if (before.commitmentPercent !== after.commitmentPercent) changes.push('commitmentPercent');
  if (!sameText(before.process, after.process)) changes.push('process');
  if (!sameText(before.conditions, after.conditions)) changes.push('conditions');
  if (!sameText(before.forceMajeure, after.forceMajeure)) changes.push('forceMajeure');
  return changes;
}
