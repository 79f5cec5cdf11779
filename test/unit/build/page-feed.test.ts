// The output file of each page the middleware sees, from its URL: it must name the file Astro
// writes, or the page is read back from disk (and an indexed page misnamed would fail the build).
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../../src/build/page-feed.ts';

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
