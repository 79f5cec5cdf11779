import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../src/markdown/processor.ts';
import { markdownWorkerReady, renderAll, startMarkdownWorker, stopMarkdownWorker } from '../../../src/markdown/render-pool.ts';

const contentDir = mkdtempSync(join(tmpdir(), 'bangyang-pool-'));
const options = { contentDir, base: '/', remoteImages: false };
const render = createMarkdownRenderer(options);
const bodies = Array.from({ length: 120 }, (_, i) =>
  [`## 第 ${i} 节`, `**记者：**第 ${i} 段<mark>重点</mark>，见 www.example.gov.cn[^1]。`, '<script>x()</script>', '[^1]: 注释'].join('\n\n'),
);
const files = bodies.map((_, i) => pathToFileURL(join(contentDir, 'reports', `${i}.md`)).href);
const expected = async () => Promise.all(bodies.map(async (body, i) => {
  const { code, metadata } = await render(body, { fileURL: new URL(files[i]) });
  return { code, headings: metadata.headings };
}));

/** This thread's renderer, slowed down so that the worker gets bodies; counts what it rendered. */
function slowHere() {
  const here = {
    count: 0,
    render: async (body: string, o: { fileURL?: URL }) => {
      here.count++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return render(body, o);
    },
  };
  return here;
}

afterEach(() => stopMarkdownWorker());

describe('renderAll (src/markdown/render-pool.ts)', () => {
  it('shares the bodies with the worker, and gives each body the HTML this thread would', async () => {
    startMarkdownWorker(options);
    await markdownWorkerReady();
    const here = slowHere();
    const results = await renderAll(bodies, files, options, here.render);
    expect(results).toEqual(await expected());
    expect(here.count).toBeGreaterThan(0);
    expect(here.count).toBeLessThan(bodies.length);
  });

  it('renders everything here when the worker is for other options, and what the worker left when it stops midway', async () => {
    startMarkdownWorker({ ...options, base: '/other/' });
    const alone = slowHere();
    expect(await renderAll(bodies, files, options, alone.render)).toEqual(await expected());
    expect(alone.count).toBe(bodies.length);
    await stopMarkdownWorker();

    startMarkdownWorker(options);
    await markdownWorkerReady();
    const here = slowHere();
    const pending = renderAll(bodies, files, options, here.render);
    // stopped while it renders: results it posted may be lost with it, and are made again here
    setTimeout(() => void stopMarkdownWorker(), 20);
    expect(await pending).toEqual(await expected());
  });
});
