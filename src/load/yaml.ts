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
 * `text` may start with blank lines standing in for what precedes front matter, so line numbers are the file's own.
 */
export function parseYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: SyntaxProblem[] = [];
  const linesWithProblems = new Set<number>();
  for (const error of doc.errors) {
    const problem: SyntaxProblem = { code: 'yaml-syntax', ...toPosition(error.pos[0]), message: syntaxMessage(error.code, error.message, text, error.pos[0]) };
    // One slip (an unclosed bracket, a tab) often yields two or three complaints on the same line;
    // the first is the one that names the cause.
    if (!linesWithProblems.has(problem.line)) problems.push(problem);
    linesWithProblems.add(problem.line);
  }
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

  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      // Aliases to anchors that do not exist, or alias bombs: the document API only finds them here.
      const message = (error as Error).message.split('\n')[0];
      const alias = /alias\b.*?: (\S+)$/.exec(message)?.[1];
      const at = alias ? text.indexOf(`*${alias}`) : -1;
      problems.push({ code: 'yaml-syntax', ...toPosition(at >= 0 ? at : firstContent), message });
    }
  }
  return { data, locate, problems };
}

function syntaxMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\r\n]*/.exec(text.slice(offset))?.[0].trim().replace(/^["']|["']$/g, '');
    return `the key "${key}" is given twice`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && /: /.test(restOfLine(text, offset))) {
    return 'a value holding ": " must be put in quotes, e.g. title: "阶段总结: 制度建设年"';
  }
  if (code === 'MULTIPLE_DOCS') return 'a second --- line starts another document; remove it or quote the text';
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}
