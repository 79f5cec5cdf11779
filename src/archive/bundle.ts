import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CheckedContent } from '../check/content.ts';
import { checkedContent } from '../check/cache.ts';
import type { Scoring, Site } from '../model/index.ts';
import { decimalPlaces } from '../results/decimal.ts';
import type { StageResults } from '../results/stage-results.ts';
import { stageResultsCsv } from '../downloads/stage-results.ts';
import { escapeXml, gradeColour, totalsBarChart } from './chart-svg.ts';
import { formatDate, formatDateRange } from '../site/format.ts';
import { prettyJson, sha256Of, type ArchiveManifest } from './manifest.ts';
import { renderStandaloneMarkdown } from './render-summary.ts';
import { bundleFileName, readArchiveRecord } from './site-archive.ts';
import { findStage, stageResults, unitNamer, type StageRecord } from './stage-record.ts';

const esc = escapeXml;

interface BundleInput {
  site?: Site;
  record: StageRecord;
  manifest: ArchiveManifest;
  /** The manifest file exactly as it is in content/archive/. */
  manifestText: string;
  contentDir: string;
}

interface BundleData {
  id: string;
  title: string;
  start?: string;
  end?: string;
  scoring: Scoring;
  results: StageResults;
  unitName: (id: string) => string;
  places: number;
}

const fmt = (value: number, places: number) => value.toFixed(places);

/** Every file of one stage's bundle, by name. */
export async function bundleFiles(input: BundleInput, unitName: (id: string) => string): Promise<Record<string, Uint8Array>> {
  const { record, manifest } = input;
  const id = manifest.stage;
  const results = stageResults(record, manifest.scoring);
  const places = Math.max(1, ...results.rows.flatMap((r) => [r.total, ...Object.values(r.scores)].map(decimalPlaces)));
  const data: BundleData = { id, title: record.entry.data.title, start: record.entry.data.start, end: record.entry.data.end, scoring: manifest.scoring, results, unitName, places };
  const summary = await renderStandaloneMarkdown(record.entry.body, record.entry.path, input.contentDir);
  const files: Record<string, Uint8Array> = {
    [`${id}.html`]: strToU8(stageHtml(data, summary, manifest, input.site)),
    'results.csv': strToU8(resultsCsv(data)),
    'results.json': strToU8(`${prettyJson(resultsJson(data, manifest))}\n`),
    'manifest.json': strToU8(input.manifestText),
  };
  const names = Object.keys(files).sort();
  files.SHA256SUMS = strToU8(names.map((name) => `${sha256Of(files[name])}  ${name}\n`).join(''));
  return files;
}

/**
 * A zip that is the same bytes every time for the same files: entries sorted by name, one fixed
 * timestamp (the date of the record, as local calendar fields so the time zone does not matter).
 */
export function deterministicZip(files: Record<string, Uint8Array>, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number);
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  const entries: Zippable = {};
  for (const name of Object.keys(files).sort()) entries[name] = [files[name], { level: 9, mtime }];
  return zipSync(entries);
}

/** The date a bundle is stamped with: the last correction, else the day it was archived. */
export function recordDate(manifest: ArchiveManifest): string {
  return manifest.history.length ? manifest.history[manifest.history.length - 1].date : manifest.archivedAt;
}

/**
 * Post-build step: `stages/<id>/archive.zip` for every archived stage with a verified manifest, from
 * the content the build has just checked.
 */
export async function writeStageBundles(outDir: string, contentDir: string, content: CheckedContent = checkedContent(contentDir).content): Promise<string[]> {
  const dir = resolve(contentDir);
  const unitName = unitNamer(content);
  const written: string[] = [];
  for (const entry of content.stages) {
    const archive = readArchiveRecord(dir, entry.id);
    const record = findStage(content, entry.id);
    if (!archive?.verified || !record?.scores) continue;
    const files = await bundleFiles({ site: content.site, record, manifest: archive.manifest, manifestText: archive.text, contentDir: dir }, unitName);
    const target = join(outDir, 'stages', entry.id, bundleFileName);
    mkdirSync(join(outDir, 'stages', entry.id), { recursive: true });
    writeFileSync(target, deterministicZip(files, recordDate(archive.manifest)));
    written.push(target);
  }
  return written;
}

/** The same CSV as the site's download (one serialiser, with its formula-injection guard). */
function resultsCsv({ id, title, scoring, results, unitName }: BundleData): string {
  return stageResultsCsv({ stage: id, title, scoring, results, unitName });
}

function resultsJson({ id, title, start, end, scoring, results, unitName }: BundleData, manifest: ArchiveManifest) {
  return {
    stage: id,
    title,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    archivedAt: manifest.archivedAt,
    amendments: manifest.history.map(({ date, reason }) => ({ date, reason })),
    scoring: { indicators: scoring.indicators, grades: scoring.grades },
    averageTotal: results.averageTotal,
    indicatorAverages: results.indicatorAverages,
    gradeCounts: results.gradeCounts,
    results: results.rows.map((row) => ({
      rank: row.rank,
      unit: row.unit,
      name: unitName(row.unit),
      scores: Object.fromEntries(scoring.indicators.map((i) => [i.id, row.scores[i.id]])),
      total: row.total,
      grade: row.grade,
      ...(row.note ? { note: row.note } : {}),
    })),
  };
}

const styles = `
:root{--ink:#1c1c1c;--ink-2:#444;--line:#d9d0c3;--red:#b0191e;--paper-2:#f8f5f0}
*{box-sizing:border-box}
html{color:var(--ink);background:#fff;font-family:"Songti SC","STSong","SimSun","Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.8}
body{max-width:52rem;margin:0 auto;padding:2rem 1.5rem 3rem}
h1,h2,h3,h4,th,caption,figcaption,.meta,.mark{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
header{border-bottom:3px double var(--red);padding-bottom:1rem;margin-bottom:1.5rem;text-align:center}
header .org{margin:0;color:var(--red);letter-spacing:.2em;font-weight:bold}
header .series{margin:.25rem 0 0;color:var(--ink-2)}
h1{font-size:2rem;line-height:1.3;margin:.5rem 0}
.meta{margin:.25rem 0;color:var(--ink-2);font-size:.95rem}
.mark{display:inline-block;border:2px solid var(--red);color:var(--red);font-weight:bold;padding:0 .5em;margin-right:.5em;letter-spacing:.1em}
h2{font-size:1.35rem;border-left:4px solid var(--red);padding-left:.5rem;margin:2rem 0 .75rem;break-after:avoid}
h3{font-size:1.1rem;break-after:avoid}
p{margin:.6rem 0;text-align:justify}
img{max-width:100%;height:auto}
figure{margin:1rem 0;break-inside:avoid}
figcaption,caption{font-size:.9rem;color:var(--ink-2);text-align:left;padding:.25rem 0}
svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:var(--paper-2)}
thead th,tbody th,td.grade{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.9rem}
footer{margin-top:2.5rem;padding-top:.75rem;border-top:1px solid var(--line);font-size:.85rem;color:var(--ink-2)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85em}
@page{size:A4;margin:20mm 18mm 22mm;@bottom-center{content:"第 " counter(page) " 页，共 " counter(pages) " 页";font-size:9pt;color:#555}}
@media print{body{max-width:none;padding:0}html{font-size:11pt}a{color:inherit;text-decoration:none}}
`;

function stageHtml(data: BundleData, summary: string, manifest: ArchiveManifest, site: Site | undefined): string {
  const { id, title, start, end, scoring, results, unitName, places } = data;
  const dates = start && end ? formatDateRange(start, end) : formatDate(start ?? end);
  const maxTotal = scoring.indicators.reduce((sum, i) => sum + i.max, 0);
  const chart = totalsBarChart(
    results.rows.map((row) => ({ label: unitName(row.unit), total: row.total, grade: row.grade, valueText: fmt(row.total, places) })),
    { max: maxTotal, grades: scoring.grades, title: `${title}各单位总分`, id: 'totals' },
  );
  const legend = scoring.grades
    .map((g) => `<li><span class="swatch" style="background:${gradeColour(g.name, scoring.grades)}"></span>${esc(g.name)}（${g.min}分及以上）</li>`)
    .join('');
  const head = `<tr><th class="num" scope="col">排名</th><th scope="col">单位</th>${scoring.indicators.map((i) => `<th class="num" scope="col">${esc(i.name)}<br>（${i.max}分）</th>`).join('')}<th class="num" scope="col">总分</th><th scope="col">等次</th><th scope="col">备注</th></tr>`;
  const body = results.rows
    .map(
      (row) =>
        `<tr data-unit="${esc(row.unit)}"><td class="num">${row.rank}</td><th scope="row">${esc(unitName(row.unit))}</th>${scoring.indicators
          .map((i) => `<td class="num">${row.scores[i.id] === undefined ? '' : fmt(row.scores[i.id], places)}</td>`)
          .join('')}<td class="num total" data-total="${row.total}">${fmt(row.total, places)}</td><td class="grade">${esc(row.grade)}</td><td>${esc(row.note ?? '')}</td></tr>`,
    )
    .join('');
  const averages = results.indicatorAverages
    .map((a) => `<tr><th scope="row">${esc(a.name)}</th><td class="num">${a.max}</td><td class="num">${a.average.toFixed(2)}</td><td class="num">${((a.average / a.max) * 100).toFixed(1)}%</td></tr>`)
    .join('');
  const counts = results.gradeCounts.map((g) => `<tr><th scope="row">${esc(g.grade)}</th><td class="num">${g.min}</td><td class="num">${g.count}</td></tr>`).join('');
  const amendments = manifest.history.length
    ? `<section id="amendments"><h2>更正记录</h2><ol>${manifest.history.map((h) => `<li><time datetime="${h.date}">${formatDate(h.date)}</time>：${esc(h.reason)}</li>`).join('')}</ol></section>`
    : '';
  const organization = site?.organization ? `<p class="org">${esc(site.organization)}</p>` : '';
  const series = site?.title ? `<p class="series">${esc(site.title)}</p>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} · 阶段总结与考核结果${site?.organization ? ` · ${esc(site.organization)}` : ''}</title>
<style>${styles}</style>
</head>
<body>
<header>
${organization}${series}
<h1>${esc(title)}</h1>
${dates ? `<p class="meta">${dates}</p>` : ''}
<p class="meta"><span class="mark">已归档</span><time datetime="${manifest.archivedAt}">${formatDate(manifest.archivedAt)}</time>归档${manifest.history.length ? `，更正${manifest.history.length}次（最近一次${formatDate(recordDate(manifest))}）` : ''}</p>
</header>
<main>
<section id="summary">
${summary}
</section>
<section id="results">
<h2>考核结果</h2>
<p>参加考核单位${results.rows.length}个，平均分${results.averageTotal.toFixed(2)}分（满分${maxTotal}分）。</p>
<figure>
${chart}
<figcaption>各单位总分，按考核等次着色：</figcaption>
<ul class="legend">${legend}</ul>
</figure>
<table id="results-table">
<caption>各单位得分、排名与等次（并列者名次相同）</caption>
<thead>${head}</thead>
<tbody>${body}</tbody>
</table>
<table>
<caption>各项指标平均得分</caption>
<thead><tr><th scope="col">指标</th><th class="num" scope="col">满分</th><th class="num" scope="col">平均分</th><th class="num" scope="col">得分率</th></tr></thead>
<tbody>${averages}</tbody>
</table>
<table>
<caption>等次分布</caption>
<thead><tr><th scope="col">等次</th><th class="num" scope="col">分数线</th><th class="num" scope="col">单位数</th></tr></thead>
<tbody>${counts}</tbody>
</table>
</section>
${amendments}
</main>
<footer>
<p>本文件为阶段“${esc(title)}”（${esc(id)}）的归档件，随附 results.csv、results.json、manifest.json 与 SHA256SUMS；可用 <code>sha256sum -c SHA256SUMS</code> 核对各文件。考核结果按归档时登记的评分方案计算。</p>
</footer>
</body>
</html>
`;
}
