export * from './businesses.ts';
export * from './months.ts';
export * from './figures.ts';
export * from './clearance.ts';
export * from './query.ts';
export * from './imports.ts';
