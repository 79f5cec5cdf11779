// Child process entry of renderSiteInChild: renders, sends the outcome, exits.
import { renderSite, type RenderSiteOptions } from './render-site.ts';

const options = JSON.parse(process.argv[2]) as RenderSiteOptions;
const send = (message: unknown) => new Promise<void>((done) => process.send!(message, () => done()));
try {
  await send({ ok: true, outcome: await renderSite(options) });
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  await send({ ok: false, message: e.message, stack: e.stack });
}
// Astro may leave handles (watchers, workers) open: the answer is sent, nothing else is needed.
process.exit(0);
