import { z } from 'zod';
import type { Port } from '../ports.ts';

/**
 * The single window's main businesses that measure 28 sets the 100% target for: goods declaration
 * (货物申报), manifest declaration (舱单申报) and means-of-transport declaration (运输工具申报).
 */
export const USAGE_BUSINESSES = ['goods', 'manifest', 'transport'] as const;
export const usageBusinessSchema = z.enum(USAGE_BUSINESSES);
export type UsageBusiness = z.infer<typeof usageBusinessSchema>;

/** How the figures are grouped for drill-down: sea, air and land (road and rail) ports. */
export const USAGE_MODES = ['sea', 'air', 'land'] as const;
export const usageModeSchema = z.enum(USAGE_MODES);
export type UsageMode = z.infer<typeof usageModeSchema>;

/** A port's drill-down group: road and rail ports are both land ports. */
export function usageModeOf(portMode: Port['mode']): UsageMode {
  if (portMode === 'sea' || portMode === 'air') return portMode;
  return 'land';
}

/** Measure 28: the application rate of the main businesses reaches 100% by the end of 2020. */
export const USAGE_TARGET = {
  rate: 1,
  date: '2020-12-31',
  source:
    '深圳市口岸办《深圳市优化口岸营商环境促进跨境贸易便利化工作实施方案》（深府口〔2019〕32号）第28项：2020年底前主要业务（货物、舱单、运输工具申报）应用率达到100%',
} as const;
