import jsYaml from 'js-yaml';
import { Document, isScalar } from 'yaml';

/**
 * A fast first reading of YAML, for text the `yaml` package would read the same way.
 *
 * The `yaml` package's document API keeps a source range on every node, which is what lets an
 * error name its line; it also costs about 0.2 ms for a 270-byte front matter, 0.7–1.1 s for the
 * 4,000 files of the bench tree (most of `check`). js-yaml reads the same text ten times faster
 * but keeps no positions, so it takes the first reading and `yaml` only reads a file again when a
 * problem needs a line (see yaml.ts).
 *
 * Both must give the same data. Plain scalars are resolved by the `yaml` package's own core-schema
 * tags (js-yaml's core schema differs: `0b11`, `-0x1F`, `+.5`, `1e400`), and text that uses what
 * the two could read differently is declined: anchors, aliases, tags, directives, explicit `?`
 * keys, collections as keys, null keys. js-yaml throws on anything it cannot read (duplicate keys, bad
 * indentation, a second document), and then `yaml` reads it and words the problem as before.
 */
const DECLINED = [
  /(?:^|[\s[{,])[&*!]/, // anchors, aliases, tags
  /^%/m, // directives
  /(?:^|[\s[{,])\?(?:\s|$)/, // explicit keys
  /[\]}][ \t]*:(?:\s|$)/, // a collection as a key
  /(?:^|[{,])[ \t]*(?:-[ \t]+)*(?:~|null|Null|NULL)?[ \t]*:(?:\s|$)/m, // null keys: `yaml` names them "", js-yaml "null"
];

function coreScalarTypes(): jsYaml.Type[] {
  // js-yaml keeps one implicit type per tag, so the `yaml` package's three int and three float
  // forms each become one type that tries them in the `yaml` package's order.
  const byTag = new Map<string, { test: RegExp; resolve: (source: string) => unknown }[]>();
  for (const tag of new Document().schema.tags) {
    if (tag.default !== true || !tag.test || !('resolve' in tag)) continue;
    const resolve = tag.resolve as (source: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
    const forms = byTag.get(tag.tag) ?? [];
    forms.push({ test: tag.test, resolve: (source) => resolve(source, () => {}, { intAsBigInt: false }) });
    byTag.set(tag.tag, forms);
  }
  return [...byTag].map(([tag, forms]) => new jsYaml.Type(tag, {
    kind: 'scalar',
    resolve: (source: string | null) => source !== null && forms.some((form) => form.test.test(source)),
    construct: (source: string) => {
      const value = forms.find((form) => form.test.test(source))!.resolve(source);
      return isScalar(value) ? value.value : value;
    },
  }));
}

const schema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: coreScalarTypes() });

/** The data, or `undefined` when the text is for the `yaml` package to read (and maybe reject). */
export function readYamlFast(text: string): { data: unknown } | undefined {
  if (DECLINED.some((pattern) => pattern.test(text))) return undefined;
  try {
    // An empty document: js-yaml gives undefined, the `yaml` package null.
    return { data: jsYaml.load(text, { schema }) ?? null };
  } catch {
    return undefined;
  }
}
