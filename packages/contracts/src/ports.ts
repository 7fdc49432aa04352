import { z } from 'zod';
import { localizedTextSchema } from './locale.ts';

/** Shenzhen's ports of entry that the suite's content refers to. */
export const PORT_IDS = [
  'yantian',
  'shekou',
  'chiwan',
  'mawan',
  'dachan-bay',
  'baoan-airport',
  'huanggang',
  'wenjindu',
  'shenzhen-bay',
  'pingshan-rail',
] as const;
export const portIdSchema = z.enum(PORT_IDS);
export type PortId = z.infer<typeof portIdSchema>;

export const portSchema = z
  .object({
    id: portIdSchema,
    name: localizedTextSchema,
    mode: z.enum(['sea', 'air', 'road', 'rail']),
  })
  .meta({ id: 'Port' });
export type Port = z.infer<typeof portSchema>;
