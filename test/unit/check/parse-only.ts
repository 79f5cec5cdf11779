import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import matter from 'gray-matter';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { listContentFiles } from '../../../src/load/tree.ts';

/**
 * The floor `check` is measured against: read every file and parse it with the stock libraries
 * (gray-matter with the `yaml` package for front matter, csv-parse for CSV), validating nothing.
 * Returns the number of values parsed so the work cannot be optimised away.
 */
export function parseOnly(dir: string): number {
  const files = listContentFiles(dir);
  let values = 0;
  for (const path of [...files.series, ...files.reports, ...files.cases, ...files.stages]) {
    const file = matter(readFileSync(path, 'utf8'), { engines: { yaml: (text: string) => parseYaml(text) as object } });
    values += Object.keys(file.data).length;
  }
  for (const path of [files.site, files.scoring]) if (path) values += Object.keys(parseYaml(readFileSync(path, 'utf8')) ?? {}).length;
  for (const path of [files.units, ...files.scores]) {
    if (!path) continue;
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = iconv.decode(bytes, 'gb18030');
    }
    values += (parseCsv(text, { bom: true, relax_column_count: true }) as unknown[]).length;
  }
  return values;
}
