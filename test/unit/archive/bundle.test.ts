import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveStage } from '../../../src/archive/archive-stage.ts';
import { deterministicZip, writeStageBundles } from '../../../src/archive/bundle.ts';
import { sha256Of } from '../../../src/archive/manifest.ts';
import { checkContent } from '../../../src/check/index.ts';
import { copyFixture } from './fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function outDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bangyang-bundle-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
function archivedFixture() {
  const copy = copyFixture('archive-basic');
  cleanups.push(copy.cleanup);
  expect(archiveStage({ content: copy.content, stage: 's1', date: '2011-01-10' }).status).toBe('archived');
  return copy;
}

describe('stage archive bundle', () => {
  it('is written for archived stages only, and two builds are byte-identical', async () => {
    const { content } = archivedFixture();
    const [a, b] = [outDir(), outDir()];
    const written = await writeStageBundles(a, content, checkContent(content).content);
    await writeStageBundles(b, content, checkContent(content).content);
    expect(written).toEqual([join(a, 'stages/s1/archive.zip')]);
    expect(readFileSync(join(a, 'stages/s1/archive.zip')).equals(readFileSync(join(b, 'stages/s1/archive.zip')))).toBe(true);
  });

  it('does not depend on the time zone of the machine that builds it', () => {
    const files = { 'b.txt': new TextEncoder().encode('b'), 'a.txt': new TextEncoder().encode('a') };
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const east = deterministicZip(files, '2011-01-10');
      process.env.TZ = 'America/Los_Angeles';
      const west = deterministicZip(files, '2011-01-10');
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('holds the HTML, CSV, JSON, the manifest and SHA256SUMS that verify them', async () => {
    const { content } = archivedFixture();
    const out = outDir();
    await writeStageBundles(out, content, checkContent(content).content);
    const files = unzipSync(readFileSync(join(out, 'stages/s1/archive.zip')));
    expect(Object.keys(files)).toEqual(['SHA256SUMS', 'manifest.json', 'results.csv', 'results.json', 's1.html']);

    // SHA256SUMS in the format `sha256sum -c` reads.
    const sums = strFromU8(files.SHA256SUMS).trimEnd().split('\n');
    expect(sums.map((line) => line.split('  ')[1])).toEqual(['manifest.json', 'results.csv', 'results.json', 's1.html']);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256Of(files[name])).toBe(hash);
    }
    // The manifest is the content's own file, byte for byte.
    expect(Buffer.from(files['manifest.json']).equals(readFileSync(join(content, 'archive/s1.json')))).toBe(true);

    expect([...files['results.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['results.csv']);
    expect(csv.startsWith('\uFEFF名次,单位,目标责任落实,运行跟踪监控,总分,等级,备注\r\n')).toBe(true);
    expect(csv).toContain('\r\n3,丙处,40.0,25.0,65.0,合格,"需整改, 限期"\r\n');

    const json = JSON.parse(strFromU8(files['results.json']));
    expect(json.results.map((r: { unit: string; total: number; grade: string; rank: number }) => [r.rank, r.unit, r.total, r.grade])).toEqual([
      [1, 'a', 91, '优秀'],
      [2, 'b', 81.5, '良好'],
      [3, 'c', 65, '合格'],
    ]);
    expect(json.archivedAt).toBe('2011-01-10');
  });

  it('the HTML stands alone: sanitized summary, embedded image, no link to the site, inline SVG chart', async () => {
    const { content } = archivedFixture();
    const out = outDir();
    await writeStageBundles(out, content, checkContent(content).content);
    const html = strFromU8(unzipSync(readFileSync(join(out, 'stages/s1/archive.zip')))['s1.html']);
    expect(html).not.toMatch(/<script|onclick|alert/i);
    expect(html).toContain('原始 HTML 段落');
    expect(html).toContain('<strong>各项任务</strong>');
    // rendered as on the site: emphasis closes after Chinese punctuation
    expect(html).toContain('<strong>点评：</strong>制度建设扎实。');
    // The image next to the Markdown is embedded; the link to another page became text.
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="考核示意">/);
    expect(html).toContain('<figcaption>考核示意图</figcaption>');
    expect(html).not.toContain('s2.md');
    expect(html).toContain('详见第二阶段和<a href="https://example.org/">外部说明</a>');
    // Nothing that loads: no src/href to a file, no stylesheet link, no url() in CSS.
    expect(html).not.toMatch(/<link |\burl\(|src="(?!data:)/);
    // The chart: one bar per unit, coloured by grade, labelled in text.
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html).toContain('>91.0 优秀</text>');
    expect(html).toContain('<td class="num total" data-total="81.5">81.5</td>');
  });
});
