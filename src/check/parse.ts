import { z } from 'zod';
import type { Position } from '../load/position.ts';
import type { YamlPath } from '../load/yaml.ts';
import type { Code } from './catalogue.ts';
import type { Report } from './report.ts';
import { didYouMean } from './suggest.ts';

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
  for (const issue of result.error.issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    for (const { code, message, at } of describeIssue(schema, issue, path, data)) {
      report.error(where.file, where.locate([...pathPrefix, ...at], at.length > path.length ? 'key' : 'value'), code, message);
    }
  }
  return undefined;
}

interface Described {
  code: Code;
  message: string;
  at: YamlPath;
}

function describeIssue(schema: z.ZodType, issue: z.core.$ZodIssue, path: YamlPath, data: unknown): Described[] {
  const key = path.length ? String(path[path.length - 1]) : 'file';
  const name = typeof path[path.length - 1] === 'number' ? `item ${Number(path[path.length - 1]) + 1} of "${String(path[path.length - 2])}"` : `"${key}"`;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(schema, path));
      return issue.keys.map((unknownKey) => ({
        code: 'unknown-key',
        message: `unknown key "${unknownKey}"${didYouMean(unknownKey, known)}`,
        at: [...path, unknownKey],
      }));
    }
    case 'invalid_type': {
      const input = valueAt(data, path);
      if (input === undefined) return [{ code: 'missing-key', message: `missing required key ${name}`, at: path.slice(0, -1) }];
      return [{ code: 'invalid-type', message: `${name} should be ${article(issue.expected)}, not ${describe(input)}`, at: path }];
    }
    case 'invalid_value':
      return [{ code: 'invalid-value', message: `${name} must be one of ${issue.values.map(String).join(', ')}, not ${describe(valueAt(data, path))}`, at: path }];
    case 'invalid_union':
      return [{ code: key === 'date' || /start|end|started/.test(key) ? 'invalid-date' : 'invalid-type', message: `${name} has an unusable value ${describe(valueAt(data, path))}`, at: path }];
    case 'too_small':
    case 'too_big': {
      const input = valueAt(data, path);
      if (typeof input === 'string' && issue.code === 'too_small') return [{ code: 'missing-key', message: `${name} must not be empty`, at: path }];
      if (Array.isArray(input)) return [{ code: 'out-of-range', message: `${name} needs at least ${issue.code === 'too_small' ? String(issue.minimum) : ''} item(s)`, at: path }];
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const strict = issue.code === 'too_small' && !issue.inclusive ? `greater than ${String(issue.minimum)}` : bound;
      return [{ code: 'out-of-range', message: `${name} must be ${strict}, not ${describe(input)}`, at: path }];
    }
    case 'invalid_format':
      return [{ code: 'invalid-id', message: `${name} ${describe(valueAt(data, path))}: ${issue.message}`, at: path }];
    case 'custom': {
      const code = (issue.params?.code as Code | undefined) ?? 'invalid-value';
      const input = valueAt(data, path);
      const shown = typeof input === 'string' && /^\d+(\.\d+)?$/.test(input.trim()) ? input.trim() : describe(input);
      const message =
        code === 'invalid-date' ? `${name}: ${issue.message}` : code.startsWith('score') ? `score ${shown} is ${issue.message}` : `${name} ${shown} is ${issue.message}`;
      return [{ code, message, at: path }];
    }
    default:
      return [{ code: 'invalid-value', message: `${name}: ${issue.message}`, at: path }];
  }
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** The object shape at `path`, seen through optionals, defaults, arrays and pipes, for "did you mean". */
function shapeAt(schema: z.ZodType, path: YamlPath): Record<string, unknown> {
  let node: z.core.$ZodType | undefined = schema;
  const unwrap = () => {
    for (let guard = 0; node && guard < 10; guard++) {
      const def = (node as z.core.$ZodType)._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; element?: z.core.$ZodType };
      if (def.innerType) node = def.innerType;
      else if (def.type === 'pipe' && def.in) node = def.in;
      else break;
    }
  };
  unwrap();
  for (const step of path) {
    const def = (node as z.core.$ZodType | undefined)?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (typeof step === 'number' && def?.type === 'array') node = def.element;
    else if (def?.type === 'object' && def.shape) node = def.shape[String(step)];
    else return {};
    unwrap();
  }
  const def = (node as z.core.$ZodType | undefined)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? def.shape : {};
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `"${value.toISOString().slice(0, 10)}"`;
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of keys';
  return String(value);
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of keys', date: 'a date' };
  return words[expected] ?? expected;
}
