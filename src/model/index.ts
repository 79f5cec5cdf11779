/** The content model: one zod schema per collection, shared by the checker and Astro's content collections. */
export * from './common.ts';
export * from './site.ts';
export * from './scoring.ts';
export * from './units.ts';
export * from './series.ts';
export * from './reports.ts';
export * from './cases.ts';
export * from './stages.ts';
export * from './scores.ts';
