import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Position, SyntaxProblem } from './position.ts';

export type YamlPath = readonly (string | number)[];

/** Parsed YAML plus a way back from any key path to its place in the file. */
export interface YamlSource {
  data: unknown;
  /** Where the key (`key`) or its value (`value`) at `path` stands; the nearest existing ancestor if absent. */
  locate(path: YamlPath, part?: 'key' | 'value'): Position;
  problems: SyntaxProblem[];
}

/**
 * Parse YAML with the `yaml` package's document API, which keeps source ranges for every node.
 * `text` may start with the blank line that front matter leaves, so line numbers are the file's own.
 */
export function parseYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: SyntaxProblem[] = doc.errors.map((error) => ({
    code: 'yaml-syntax',
    ...toPosition(error.pos[0]),
    message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const firstContent = /\S/.exec(text)?.index ?? 0;

  const locate = (path: YamlPath, part: 'key' | 'value' = 'key'): Position => {
    let node: unknown = doc.contents;
    let last: { pair?: Pair; node?: unknown } = {};
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
        if (!pair) break;
        last = { pair, node: pair.value };
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
        last = { node: node.items[step] };
        node = node.items[step];
      } else break;
    }
    const keyNode = last.pair?.key as Node | undefined;
    const valueNode = last.node as Node | undefined;
    const chosen = part === 'key' && keyNode?.range ? keyNode : (valueNode?.range ? valueNode : keyNode);
    if (chosen?.range) return toPosition(chosen.range[0]);
    const root = doc.contents as Node | null;
    return toPosition(root?.range ? root.range[0] : firstContent);
  };

  return { data: problems.length ? undefined : doc.toJS(), locate, problems };
}
