export * from './channels.ts';
export * from './validation.ts';
export * from './diff.ts';
export * from './api.ts';
export * from './errors.ts';
