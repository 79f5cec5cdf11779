import { relative, sep } from 'node:path';
import { contentDir } from '../site-config.ts';
import { frontMatterImageUrl } from './media.ts';

/**
 * URL of an image named in front matter (`cover`, `photo`) of a content entry. `entry.filePath` is
 * relative to the project root, which is the working directory of every npm script.
 */
export function entryImageUrl(entry: { filePath?: string }, src: string, base: string): string | undefined {
  if (!entry.filePath) return undefined;
  const dir = relative(process.cwd(), contentDir()).split(sep).join('/');
  return frontMatterImageUrl(entry.filePath, src, base, dir);
}
