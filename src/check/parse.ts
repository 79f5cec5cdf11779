import { z } from 'zod';
import type { Position } from '../load/position.ts';
import type { YamlPath } from '../load/yaml.ts';
import { describeIssue } from './describe-issue.ts';
import type { Report } from './report.ts';

/** Where things are in the file being validated: YAML keys, or CSV cells by column key. */
export interface Locator {
  file: string;
  locate(path: YamlPath, part?: 'key' | 'value'): Position;
}

/**
 * The one parse wrapper: validate `data` against a model schema and turn every zod issue into a
 * positioned problem with a stable code. Returns the parsed value only when there was no issue.
 */
export function parseEntry<S extends z.ZodType>(schema: S, data: unknown, where: Locator, report: Report, pathPrefix: YamlPath = []): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const whole = /\.(md|markdown)$/i.test(where.file) ? 'the front matter' : 'the file';
  for (const issue of result.error.issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    for (const { code, message, at, part } of describeIssue(schema, issue, path, data, whole)) {
      report.error(where.file, where.locate([...pathPrefix, ...at], part), code, message);
    }
  }
  return undefined;
}
