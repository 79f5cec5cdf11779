import type { ViteDevServer } from 'vite';
import { checkedContent } from '../check/cache.ts';
import { countProblems, formatProblem, summaryLine } from '../check/index.ts';

const contentFile = /\.(md|markdown|ya?ml|csv|json)$/i;

/**
 * In `npm run dev`, re-check the tree whenever a content file changes: problems go to the terminal
 * in the check format and to the browser as Vite's error overlay, which clears once they are fixed.
 */
export function watchContentProblems(server: ViteDevServer, contentDir: string, log: (line: string) => void): void {
  let lastReport = '';
  let timer: NodeJS.Timeout | undefined;
  const run = (changedFile?: string) => {
    const { problems, filesChecked } = checkedContent(contentDir, true);
    const lines = problems.map(formatProblem);
    const report = [...lines, summaryLine(problems, filesChecked)].join('\n');
    const changed = report !== lastReport;
    if (changed) log(report);
    lastReport = report;
    if (countProblems(problems).errors > 0) {
      server.hot.send({
        type: 'error',
        err: { message: `内容有误 / content errors:\n\n${lines.join('\n')}`, stack: '', plugin: 'bangyang check', id: contentDir },
      });
    } else if (changed || (changedFile && !/\.(md|markdown)$/i.test(changedFile))) {
      // Clears the overlay once fixed, and shows YAML/CSV edits, which have no HMR of their own
      // (Markdown edits reach the page through Astro's glob loader). The delay lets the content
      // loaders refill the store first.
      setTimeout(() => server.hot.send({ type: 'full-reload', path: '*' }), 400);
    }
  };
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir) || !contentFile.test(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => run(path), 150);
  });
  server.ws.on('connection', () => {
    if (countProblems(checkedContent(contentDir).problems).errors > 0) setTimeout(() => run(), 200);
  });
  run();
}
