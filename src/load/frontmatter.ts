import matter from 'gray-matter';
import { parseYaml, type YamlSource } from './yaml.ts';

export interface MarkdownSource extends YamlSource {
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  hasFrontMatter: boolean;
}

/**
 * Split front matter with gray-matter but parse it ourselves with positions: gray-matter hands its
 * engine the raw block including the newline after the opening `---`, so YAML line numbers are
 * already the file's line numbers.
 */
export function parseMarkdownFile(text: string): MarkdownSource {
  let yaml: YamlSource | undefined;
  const file = matter(text, {
    engines: {
      yaml: (raw: string) => {
        yaml = parseYaml(raw);
        return {};
      },
    },
  });
  const body = file.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  const source = yaml ?? parseYaml('');
  return { ...source, data: yaml ? (source.data ?? undefined) : {}, body, bodyLine, hasFrontMatter: yaml !== undefined };
}
