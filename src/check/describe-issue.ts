import { z } from 'zod';
import type { YamlPath } from '../load/yaml.ts';
import { isoDate } from '../model/common.ts';
import type { Code } from './catalogue.ts';
import { didYouMean } from './suggest.ts';

/** One zod issue in the editor's words: a stable code, a message naming the value and what was expected, a place. */
export interface Described {
  code: Code;
  message: string;
  /** Key path to point at; `key` for keys that are wrong or missing, `value` for wrong values. */
  at: YamlPath;
  part: 'key' | 'value';
}

/**
 * Turn a zod issue into messages of the form `"order" should be a number, not "一"`. The value is
 * read from the input data, because zod 4's issues do not carry it and the editor needs to see
 * exactly what they wrote. `whole` names the root ("the front matter", "the file").
 */
export function describeIssue(schema: z.ZodType, issue: z.core.$ZodIssue, path: YamlPath, data: unknown, whole: string): Described[] {
  const name = labelOf(path) || whole;
  const input = valueAt(data, path);
  const value = (code: Code, message: string): Described[] => [{ code, message, at: path, part: 'value' }];
  // zod reports an absent key as whatever the key's schema expected (a type, a union); all mean "missing".
  if (input === undefined && path.length && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return [{ code: 'missing-key', message: `missing required key ${name}`, at: path.slice(0, -1), part: 'value' }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(schemaAt(schema, path).shape);
      return issue.keys.map((key) => {
        const hint = didYouMean(key, known) || (known.length <= 6 ? ` (expected ${known.map((k) => `"${k}"`).join(', ')})` : '');
        return { code: 'unknown-key', message: `unknown key ${labelOf([...path, key])}${hint}`, at: [...path, key], part: 'key' };
      });
    }
    case 'invalid_type':
      if (!path.length) return value('invalid-type', `${whole} should be key: value lines, not ${describe(input)}`);
      return value('invalid-type', `${name} should be ${expectedOf(issue.expected)}, not ${describe(input)}`);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return value('invalid-value', `${name} should be one of ${allowed.join(', ')}, not ${describe(input)}${didYouMean(String(input), allowed)}`);
    }
    case 'invalid_union': {
      if (schemaAt(schema, path).chain.includes(isoDate)) return value('invalid-date', `${name} should be a date written YYYY-MM-DD, not ${describe(input)}`);
      const expected = [...new Set(issue.errors.flat().flatMap((sub) => (sub.code === 'invalid_type' && !sub.path.length ? [expectedOf(sub.expected)] : [])))];
      return value('invalid-type', `${name} should be ${expected.length ? expected.join(' or ') : 'something else'}, not ${describe(input)}`);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string' && small) return value('missing-key', `${name} must not be empty`);
      if (issue.origin === 'array' || Array.isArray(input)) {
        const count = Array.isArray(input) ? input.length : 0;
        return value('out-of-range', `${name} should have ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}, not ${count}`);
      }
      const limit = small ? (issue.inclusive ? `at least ${bound}` : `greater than ${bound}`) : issue.inclusive ? `at most ${bound}` : `less than ${bound}`;
      return value('out-of-range', `${name} should be ${limit}, not ${describe(input)}`);
    }
    case 'invalid_format':
      return value('invalid-id', `${name} ${issue.format === 'regex' ? issue.message : `should be a valid ${issue.format}`}, not ${describe(input)}`);
    case 'custom': {
      const code = (issue.params?.code as Code | undefined) ?? 'invalid-value';
      // Score and unit cells have no key name to put in front: their messages are whole sentences.
      const whole = code.startsWith('score') || code === 'unknown-unit';
      return value(code, whole ? issue.message : `${name} ${issue.message}`);
    }
    default:
      return value('invalid-value', `${name}: ${issue.message}`);
  }
}

/** `"title"`, `item 2 of "tags"`, `"interval" in "board"`, `"label" in item 1 of "highlights"`. */
export function labelOf(path: YamlPath): string {
  if (!path.length) return '';
  const last = path[path.length - 1];
  const parent = labelOf(path.slice(0, -1));
  if (typeof last === 'number') return `item ${last + 1} of ${parent || 'the list'}`;
  return parent ? `"${last}" in ${parent}` : `"${last}"`;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

type Def = { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };

/**
 * The schema at `path`, seen through optionals, defaults and pipes: `shape` for "did you mean",
 * `chain` (every wrapper passed on the way) to recognise shared schemas such as `isoDate`.
 */
function schemaAt(schema: z.ZodType, path: YamlPath): { shape: Record<string, unknown>; chain: unknown[] } {
  let node: z.core.$ZodType | undefined = schema;
  let chain: unknown[] = [];
  const unwrap = () => {
    chain = [node];
    for (let guard = 0; node && guard < 10; guard++) {
      const def: Def = node._zod.def as Def;
      if (def.innerType) node = def.innerType;
      else if (def.type === 'pipe' && def.in) node = def.in;
      else break;
      chain.push(node);
    }
  };
  unwrap();
  for (const step of path) {
    const def = node?._zod.def as Def | undefined;
    if (typeof step === 'number' && def?.type === 'array') node = def.element;
    else if (def?.type === 'object' && def.shape) node = def.shape[String(step)];
    else return { shape: {}, chain: [] };
    unwrap();
  }
  const def = node?._zod.def as Def | undefined;
  return { shape: def?.type === 'object' && def.shape ? def.shape : {}, chain };
}

/** The value as the editor wrote it, quoted when it is text, shortened when it is long. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `"${value.toISOString().slice(0, 10)}"`;
  if (typeof value === 'string') {
    const flat = value.replace(/\r?\n/g, '↵');
    return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
  }
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return 'a group of keys';
  return String(value);
}

function expectedOf(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of keys',
    date: 'a date',
  };
  return words[expected] ?? expected;
}
