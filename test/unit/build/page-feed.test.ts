// The output file of each page the middleware sees, from its URL: it must name the file Astro
// writes, or the page is read back from disk (and an indexed page misnamed would fail the build).
// And how pages travel to the build process: in batches, in render order, with backpressure.
import { describe, expect, it } from 'vitest';
import { feedPage, flushPageFeed, PAGE_FEED_ENV, pageFeedWritten, pageFile, type PagesMessage } from '../../../src/build/page-feed.ts';

describe('pageFile', () => {
  it('maps directory URLs under the base to index.html', () => {
    expect(pageFile('/sub/path/', '/sub/path/')).toBe('index.html');
    expect(pageFile('/sub/path/reports/duban/', '/sub/path/')).toBe('reports/duban/index.html');
    expect(pageFile('/reports/duban/', '/')).toBe('reports/duban/index.html');
  });

  it('decodes Chinese path segments', () => {
    expect(pageFile(`/sub/path/cases/${encodeURIComponent('张三')}/`, '/sub/path/')).toBe('cases/张三/index.html');
  });

  it('keeps the name of a file route', () => {
    expect(pageFile('/sub/path/feed.xml', '/sub/path/')).toBe('feed.xml');
    expect(pageFile('/sub/path/a.html', '/sub/path/')).toBe('a.html');
  });

  it("names Astro's error pages as it writes them", () => {
    expect(pageFile('/sub/path/404/', '/sub/path/')).toBe('404.html');
    expect(pageFile('/404', '/')).toBe('404.html');
  });
});

describe('feedPage sends pages in batches, in order', () => {
  const indexed = (n: number) => new TextEncoder().encode(`<main data-search-type="report">第${n}篇</main>`);
  const plain = new TextEncoder().encode('<main>列表</main>');

  function withChannel(send: (message: PagesMessage, ...rest: unknown[]) => boolean, run: () => Promise<void> | void) {
    const saved = { send: process.send, feed: process.env[PAGE_FEED_ENV] };
    process.send = send as typeof process.send;
    process.env[PAGE_FEED_ENV] = '1';
    return Promise.resolve(run()).finally(() => {
      process.send = saved.send;
      if (saved.feed === undefined) delete process.env[PAGE_FEED_ENV];
      else process.env[PAGE_FEED_ENV] = saved.feed;
    });
  }

  it('sends every 8 pages, the rest on flush; unindexed pages without their HTML', async () => {
    const sent: PagesMessage[] = [];
    await withChannel((message) => (sent.push(message), true), () => {
      for (let i = 0; i < 12; i++) feedPage(`reports/r${i}/index.html`, i === 3 ? plain : indexed(i));
      expect(sent.map((m) => m.pages.length)).toEqual([8]);
      flushPageFeed();
      flushPageFeed(); // nothing left: no empty message
    });
    expect(sent.map((m) => m.pages.length)).toEqual([8, 4]);
    const pages = sent.flatMap((m) => m.pages);
    expect(pages.map((p) => p.file)).toEqual(Array.from({ length: 12 }, (_, i) => `reports/r${i}/index.html`));
    expect(pages[3].html).toBeUndefined();
    expect(new TextDecoder().decode(pages[11].html)).toContain("第11篇");
  });

  it('makes the middleware wait while the channel has a backlog, not otherwise', async () => {
    let written: (() => void) | undefined;
    await withChannel((_message, _handle, _options, callback) => {
      written = callback as () => void;
      return false; // queued: the build process reads slower than Astro renders
    }, async () => {
      for (let i = 0; i < 8; i++) feedPage(`reports/r${i}/index.html`, indexed(i));
      let waited = false;
      const wait = pageFeedWritten().then(() => (waited = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(waited).toBe(false);
      written!();
      await wait;
      expect(waited).toBe(true);
      await pageFeedWritten(); // the backlog was taken: the next page does not wait
    });
  });
});

describe('a batch also goes at 64 KB', () => {
  it('sends fewer than 8 pages when they are big', async () => {
    const sent: PagesMessage[] = [];
    const saved = { send: process.send, feed: process.env[PAGE_FEED_ENV] };
    process.send = ((message: PagesMessage) => (sent.push(message), true)) as typeof process.send;
    process.env[PAGE_FEED_ENV] = '1';
    try {
      const big = new TextEncoder().encode(`<main data-search-type="report">${'报'.repeat(12_000)}</main>`); // ~36 KB
      feedPage('reports/a/index.html', big);
      expect(sent).toEqual([]);
      feedPage('reports/b/index.html', big);
      expect(sent.map((m) => m.pages.map((p) => p.file))).toEqual([['reports/a/index.html', 'reports/b/index.html']]);
    } finally {
      flushPageFeed();
      process.send = saved.send;
      if (saved.feed === undefined) delete process.env[PAGE_FEED_ENV];
      else process.env[PAGE_FEED_ENV] = saved.feed;
    }
  });
});
