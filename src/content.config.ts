import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { checkedContent } from './check/cache.ts';
import { checkedMarkdown } from './collections/checked-markdown.ts';
import { entryIdOf } from './model/ids.ts';
import { caseSchema, reportSchema, scoringSchema, seriesSchema, siteSchema, stageSchema, stageScoresSchema, unitSchema } from './model/index.ts';
import { contentDir } from './site-config.ts';

const dir = contentDir();

/**
 * Markdown collections: in a build, the entries `check` loaded (collections/checked-markdown.ts);
 * in dev, Astro's glob loader with our schemas and our id rule (file name or slug).
 */
const markdown = (folder: 'reports' | 'cases' | 'series' | 'stages', recursive: boolean) =>
  checkedMarkdown(
    dir,
    (content) => content[folder],
    glob({
      // as listContentFiles: no hidden or underscore files or folders
      pattern: recursive ? ['**/[^_.]*.{md,markdown}', '!**/_*/**'] : '[^_.]*.{md,markdown}',
      base: join(dir, folder),
      generateId: ({ entry, data }) => entryIdOf(entry, data),
      retainBody: false,
    }),
  );

/**
 * Data files (YAML, CSV in any encoding) come from the same loaders `check` uses, so the site never
 * reads a file differently from the checker. Only validated data reaches the store.
 */
function checkedData(name: string, pick: (result: ReturnType<typeof checkedContent>['content']) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `bangyang-${name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const fill = async (fresh: boolean) => {
        const { content } = checkedContent(dir, fresh);
        store.clear();
        for (const { id, data } of pick(content)) {
          try {
            const parsed = await parseData({ id, data });
            store.set({ id, data: parsed, digest: generateDigest(parsed) });
          } catch (error) {
            logger.warn(String(error));
          }
        }
      };
      await fill(Boolean(watcher));
      // In dev, edits to YAML/CSV files must show without a restart, like Markdown edits do.
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && /\.(ya?ml|csv)$/i.test(path)) void fill(true);
      });
    },
  };
}

export const collections = {
  reports: defineCollection({ loader: markdown('reports', true), schema: reportSchema }),
  cases: defineCollection({ loader: markdown('cases', true), schema: caseSchema }),
  series: defineCollection({ loader: markdown('series', false), schema: seriesSchema }),
  stages: defineCollection({ loader: markdown('stages', false), schema: stageSchema }),
  site: defineCollection({ loader: checkedData('site', (c) => (c.site ? [{ id: 'site', data: c.site }] : [])), schema: siteSchema }),
  scoring: defineCollection({ loader: checkedData('scoring', (c) => (c.scoring ? [{ id: 'scoring', data: c.scoring }] : [])), schema: scoringSchema }),
  units: defineCollection({
    // The store is keyed by id; `position` keeps the registry order editors chose in units.csv.
    loader: checkedData('units', (c) => c.units.map(({ at: _at, line: _line, ...unit }, position) => ({ id: unit.id, data: { ...unit, position } }))),
    schema: unitSchema.extend({ position: z.number() }),
  }),
  scores: defineCollection({
    loader: checkedData('scores', (c) => c.scores.map((s) => ({ id: s.stage, data: { stage: s.stage, rows: s.rows.map(({ unit, scores, note }) => ({ unit, scores, ...(note ? { note } : {}) })) } }))),
    schema: stageScoresSchema,
  }),
};
