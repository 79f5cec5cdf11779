// `npm run preview -- [--out DIR] [--port N] [--base /path/]`: serve a built site on 127.0.0.1.
import { existsSync } from 'node:fs';
import { serveStatic } from '../src/serve/static-server.ts';
import { basePathOf } from '../src/build/base-of.ts';
import { parseCommandArgs } from './args.ts';

const { values } = parseCommandArgs({
  out: { type: 'string', default: 'dist' },
  port: { type: 'string', default: '4322' },
  base: { type: 'string' },
});
if (!existsSync(values.out)) {
  console.error(`error: "${values.out}" does not exist; run npm run build first`);
  process.exit(2);
}
const base = values.base ?? basePathOf(values.out);
const server = await serveStatic({ dir: values.out, base, port: Number(values.port) });
console.log(`serving ${values.out} at ${server.url} (Ctrl+C to stop)`);
