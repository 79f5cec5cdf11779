import { parseYaml, type YamlSource } from './yaml.ts';

export interface MarkdownSource extends YamlSource {
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  hasFrontMatter: boolean;
}

/**
 * The opening fence, as Astro finds it (@astrojs/internal-helpers `frontmatterRE`): at the very
 * start, or after blank lines, so `check` and the build agree on which files have front matter.
 */
export const frontMatterOpening = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
/** The closing fence: a line of its own holding `---`. */
export const frontMatterClosing = /^---[ \t]*(?:\r?\n|$)/m;

/**
 * Split front matter from the body ourselves (not gray-matter): the YAML is parsed with blank lines
 * standing in for everything before it, so its positions are the file's own lines and columns, and
 * a CRLF file keeps no stray `\r` on its last value. An empty block (`---` twice) is front matter
 * with no keys, which then reports the missing required keys rather than "no front matter".
 */
export function parseMarkdownFile(text: string): MarkdownSource {
  const open = frontMatterOpening.exec(text);
  if (!open) return { ...parseYaml(''), data: {}, body: text, bodyLine: 1, hasFrontMatter: false };
  const yamlStart = open[0].length;
  const close = frontMatterClosing.exec(text.slice(yamlStart));
  if (!close) {
    const problem = { code: 'yaml-syntax' as const, line: countLines(text, 0, yamlStart), column: 1, message: 'the front matter opened by this --- line is never closed by another --- line' };
    return { ...parseYaml(''), data: undefined, problems: [problem], body: text, bodyLine: 1, hasFrontMatter: true };
  }
  const yamlEnd = yamlStart + close.index;
  const linesBefore = countLines(text, 0, yamlStart);
  const source = parseYaml('\n'.repeat(linesBefore) + text.slice(yamlStart, yamlEnd));
  const bodyStart = yamlEnd + close[0].length;
  return {
    ...source,
    // An empty block is valid front matter without keys; a list or a bare value is the schema's to reject.
    data: source.problems.length ? undefined : (source.data ?? {}),
    body: text.slice(bodyStart),
    bodyLine: 1 + countLines(text, 0, bodyStart),
    hasFrontMatter: true,
  };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}
