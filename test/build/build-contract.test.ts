import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/index.ts';
import { htmlFiles, runBuild, treeDigest } from '../support/build-cli.ts';
import { pageTexts, readFragment, readPageTable } from '../support/search-bundle.ts';

const basic = 'test/fixtures/build-basic';
const broken = 'test/fixtures/build-broken';
let work: string;
let out: string;
let firstBuild: { status: number | null; output: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bangyang-build-'));
  out = join(work, 'site');
  firstBuild = runBuild(['--content', basic, '--out', out, '--base', '/sub/path/']);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const allHtml = () => htmlFiles(out).map((file) => readFileSync(file, 'utf8')).join('\n');

describe('npm run build (cli.md contract)', () => {
  it('builds a tree of reports alone, printing its warnings', () => {
    expect(firstBuild.status, firstBuild.output).toBe(0);
    expect(firstBuild.output).toContain('warning[remote-image]');
  });

  it('sanitizes raw HTML in Markdown on the built page', () => {
    const page = readFileSync(join(out, 'reports/unsafe/index.html'), 'utf8');
    const body = page.slice(page.indexOf('正文第一段'));
    expect(body).toContain('<mark>重点</mark>');
    expect(body).toContain('带样式的段落');
    expect(body).not.toMatch(/__pwned|onerror|onclick|javascript:|<iframe|<form|style="color/i);
    // The remote image is a link, never an <img> that would try the internet.
    expect(body).not.toContain('<img src="https://example.org');
    expect(body).toContain('href="https://example.org/remote.png"');
    // The local image is served from the base path.
    expect(body).toContain('src="/sub/path/media/reports/x.png"');
  });

  it('renders a body as Astro does: leading indent trimmed, emphasis closed after Chinese punctuation', () => {
    const page = readFileSync(join(out, 'reports/indent/index.html'), 'utf8');
    expect(page).toContain('<p>首段按报纸习惯空两格，<strong>记者：</strong>这是正文。</p>');
  });

  it('keeps drafts out of the output entirely', () => {
    expect(allHtml()).not.toContain('甲乙丙丁');
    const everything = Object.keys(treeDigest(out)).map((name) => readFileSync(join(out, name)).toString('latin1')).join('');
    expect(everything).not.toContain(Buffer.from('甲乙丙丁').toString('latin1'));
  });

  it('emits every link and asset under the base path', () => {
    const refs = [...allHtml().matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    const wrong = refs.filter((ref) => ref.startsWith('/') && !ref.startsWith('/sub/path/'));
    expect(wrong).toEqual([]);
  });

  it('serves a Chinese id at a stable percent-encoded URL', () => {
    expect(readFileSync(join(out, 'cases/张三/index.html'), 'utf8')).toContain('张三');
    expect(allHtml()).toContain(`/sub/path/cases/${encodeURIComponent('张三')}/`);
  });

  it('is byte-for-byte reproducible', () => {
    const again = join(work, 'again');
    const second = runBuild(['--content', basic, '--out', again, '--base', '/sub/path/']);
    expect(second.status, second.output).toBe(0);
    expect(treeDigest(again)).toEqual(treeDigest(out));
  });

  it('indexes for search exactly the pages it wrote', async () => {
    // The build cuts records from pages as Astro renders them (src/middleware.ts) and packs them
    // for Pagefind in render order. Indexing the written files afresh (file order, no cache) may
    // pack them otherwise, but must give every page the same coded text and the same table row.
    const copy = join(work, 'reindexed');
    cpSync(out, copy, { recursive: true });
    await buildSearchIndex({ outDir: copy, base: '/sub/path/' });
    const rows = (dir: string) => readPageTable(dir).pages.map((row) => JSON.stringify(row)).sort();
    const texts = (dir: string) => {
      const table = readPageTable(dir);
      return pageTexts(table, (n) => readFragment(dir, table.records[n][0]).content);
    };
    const pages = texts(out);
    expect(Object.keys(pages).length).toBeGreaterThan(1);
    expect(Object.values(pages).every((sections) => sections.every((s) => s.length > 0))).toBe(true);
    expect(texts(copy)).toEqual(pages);
    expect(rows(copy)).toEqual(rows(out));
  });

  it('shows every edit on a rebuild that reuses the content cache, also a setting the HTML depends on', () => {
    const content = join(work, 'edited');
    cpSync(basic, content, { recursive: true });
    const site = join(work, 'edited-site');
    const page = () => {
      const build = runBuild(['--content', content, '--out', site, '--base', '/sub/path/']);
      expect(build.status, build.output).toBe(0);
      return readFileSync(join(site, 'reports/unsafe/index.html'), 'utf8');
    };
    expect(page()).toContain('正文第一段');
    const file = join(content, 'reports/unsafe.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段', '改过的第一段').replace('title: 带有危险标记的报道', 'title: 改过的标题'));
    const edited = page();
    expect(edited).toContain('改过的第一段');
    expect(edited).toContain('改过的标题');
    expect(edited).not.toContain('<img src="https://example.org/remote.png"');
    // site.yml changes how a remote image renders, while the Markdown file stays the same
    appendFileSync(join(content, 'site.yml'), 'remoteImages: true\n');
    expect(page()).toContain('<img src="https://example.org/remote.png"');
  });

  it('leaves the previous output untouched when the content has errors', () => {
    const before = treeDigest(out);
    const failed = runBuild(['--content', broken, '--out', out, '--base', '/sub/path/']);
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('test/fixtures/build-broken/reports/bad.md:2:1 error[unknown-key] unknown key "titel" (did you mean "title"?)');
    expect(failed.output).not.toMatch(/\n\s+at /);
    expect(treeDigest(out)).toEqual(before);
  });

  it('rejects a bad flag as a usage error', () => {
    expect(runBuild(['--frobnicate']).status).toBe(2);
  });
});
