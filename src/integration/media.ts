import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Files an editor puts next to the Markdown (pictures, attachments); data and text files stay private. */
export const mediaFile = /\.(svg|png|jpe?g|gif|webp|avif|pdf|docx?|xlsx?|pptx?|zip|mp4|mp3)$/i;

export function listMedia(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => mediaFile.test(name) && !name.split(sep).some((part) => part.startsWith('.')))
    .filter((name) => statSync(join(contentDir, name)).isFile())
    .sort();
}

/** Copy media to `<out>/media/<same relative path>`: the URLs `mediaUrl` hands out. */
export function copyMedia(contentDir: string, outDir: string): number {
  const files = listMedia(contentDir);
  for (const name of files) {
    const target = join(outDir, 'media', name);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(contentDir, name), target);
  }
  return files.length;
}
