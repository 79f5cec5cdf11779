/**
 * Astro writes every page with `fs.promises.mkdir` then `fs.promises.writeFile`, one page at a
 * time: four round trips through libuv's thread pool (mkdir, open, write, close), each waking a
 * pool thread and then the main thread. On the 2-core machine, with the build process and
 * Pagefind busy on the other core, the site process sat idle for 30-40 % of the render waiting
 * for them. The same calls made synchronously take a few system calls and no wake-ups.
 *
 * Only paths inside the build's staging folder are written this way, and only while Astro builds;
 * everything else goes to the real functions. Errors are the same errors, as rejected promises;
 * an AbortSignal in the options would be ignored (Astro passes none). Astro calls these through
 * `fs.promises` at the moment of writing, which is what makes the swap reach it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type PathArgument = Parameters<typeof fs.promises.mkdir>[0];

function pathOf(target: PathArgument): string | null {
  if (typeof target === 'string') return path.resolve(target);
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : null;
  return null;
}

/** Makes Astro's page writes into `dir` synchronous; the returned function undoes it. */
export function writePagesSynchronously(dir: string): () => void {
  const root = path.resolve(dir) + path.sep;
  const inside = (target: PathArgument) => pathOf(target)?.startsWith(root) ?? false;
  const promises = fs.promises;
  const { mkdir, writeFile } = promises;
  promises.mkdir = function (target: PathArgument, options?: Parameters<typeof fs.mkdirSync>[1]) {
    if (!inside(target)) return mkdir(target, options);
    try {
      return Promise.resolve(fs.mkdirSync(target, options));
    } catch (error) {
      return Promise.reject(error);
    }
  } as typeof mkdir;
  promises.writeFile = function (file: Parameters<typeof writeFile>[0], data: Parameters<typeof writeFile>[1], options?: Parameters<typeof writeFile>[2]) {
    if (!inside(file as PathArgument) || !(typeof data === 'string' || ArrayBuffer.isView(data))) return writeFile(file, data, options);
    try {
      fs.writeFileSync(file as fs.PathLike, data, options as fs.WriteFileOptions);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  } as typeof writeFile;
  return () => {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
  };
}
