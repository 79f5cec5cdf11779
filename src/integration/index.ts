import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { watchContentProblems } from './dev-check.ts';
import { copyMedia, mediaFile } from './media.ts';

/** Serves and copies content media, the one kind of file Astro does not know about. */
export function bangyangIntegration(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'bangyang',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        watchContentProblems(server, options.contentDir, (report) => logger.info(`\n${report}`));
        server.middlewares.use((req, res, next) => {
          const base = server.config.base ?? '/';
          const url = decodeURIComponent((req.url ?? '').split('?')[0]);
          const prefix = `${base}media/`;
          if (!url.startsWith(prefix)) return next();
          const rel = normalize(url.slice(prefix.length));
          const path = join(options.contentDir, rel);
          if (rel.startsWith('..') || rel.split(sep).includes('..') || !mediaFile.test(rel) || !existsSync(path) || !statSync(path).isFile()) return next();
          if (rel.endsWith('.svg')) res.setHeader('Content-Type', 'image/svg+xml');
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        copyMedia(options.contentDir, fileURLToPath(dir));
      },
    },
  };
}
