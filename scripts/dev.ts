// `npm run dev -- [--content DIR] [--port N]`: live-reloading local server; content problems shown in the terminal and on the page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../src/build/paths.ts';
import { parseCommandArgs } from './args.ts';

const { values } = parseCommandArgs({
  content: { type: 'string', default: 'content' },
  port: { type: 'string', default: '4321' },
  base: { type: 'string', default: '/' },
});
if (!existsSync(values.content)) {
  console.error(`error: content folder "${values.content}" does not exist`);
  process.exit(2);
}
process.env.BANGYANG_CONTENT = resolve(values.content);
process.env.BANGYANG_BASE = values.base;
delete process.env.BASE_URL;
const { dev } = await import('astro');
await dev({ root: projectRoot, server: { port: Number(values.port), host: '127.0.0.1' } });
