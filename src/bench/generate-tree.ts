/**
 * A synthetic, valid content tree of any size for the benchmark (and for tests that need a big
 * tree): site.yml, scoring.yml, units.csv, series, stages with one scores CSV each, and N Markdown
 * documents — about 75 % reports and 25 % cases — of varied Chinese prose (~1.5 KB body each) whose
 * front matter points at real units, stages, cases, series and tags. Every third scores file is
 * GB18030 with CRLF, as Excel saves it. No images: the floor would send them through Astro's image
 * pipeline and Bangyang copies them, which is not what the comparison is about. The same seed gives
 * the same tree byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as v from './vocabulary.ts';

export interface TreeOptions {
  /** Markdown documents (reports + cases). */
  documents: number;
  /** Rows of units.csv (at least 2). */
  units?: number;
  /** Stages, each with a scores CSV (1 to 16). */
  stages?: number;
  seed?: number;
  /** Share of documents that are cases; default 0.25. */
  caseShare?: number;
}

export interface TreeSummary {
  dir: string;
  reports: number;
  cases: number;
  units: number;
  stages: number;
  series: number;
  files: number;
  bytes: number;
  /** A word that occurs in many bodies, for search queries. */
  sampleQuery: string;
}

/** mulberry32: small, fast, good enough for varied text, and stable across Node versions. */
export function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(list.length, int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof makeRandom>;

interface UnitRow {
  id: string;
  name: string;
  parent?: string;
  kind: string;
}

interface StageRow {
  id: string;
  title: string;
  year: number;
}

const indicators = [
  { id: 'target', name: '目标责任落实', max: 30 },
  { id: 'tracking', name: '运行跟踪监控', max: 25 },
  { id: 'evaluation', name: '绩效评估评价', max: 25 },
  { id: 'application', name: '绩效结果运用', max: 20 },
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** YAML scalar that never needs quoting rules: always double-quoted, with JSON escaping. */
const q = (text: string) => JSON.stringify(text);

function personName(r: Random): string {
  return r.pick(v.surnames) + r.pick(v.givenChars) + (r.chance(0.7) ? r.pick(v.givenChars) : '');
}

function makeUnits(count: number): UnitRow[] {
  const units: UnitRow[] = [];
  const perBureau = v.sections.length + 1;
  const bureaus = Math.min(v.bureaus.length, Math.max(1, Math.ceil(count / perBureau)));
  for (let b = 0; b < bureaus && units.length < count; b++) {
    const bureauId = `u${pad(b + 1, 2)}`;
    units.push({ id: bureauId, name: v.bureaus[b], kind: '机关' });
    for (let s = 0; s < v.sections.length && units.length < count; s++) {
      units.push({ id: `${bureauId}-${pad(s + 1, 2)}`, name: `${v.bureaus[b]}${v.sections[s]}`, parent: bureauId, kind: '处室' });
    }
  }
  // More units than bureaus × sections: numbered working groups under the first office.
  for (let extra = 1; units.length < count; extra++) {
    units.push({ id: `g${pad(extra, 3)}`, name: `第${extra}工作专班`, parent: units[0].id, kind: '专班' });
  }
  return units;
}

function sentence(r: Random, units: UnitRow[]): string {
  const roll = r.next();
  const count = () => String(r.int(3, 980));
  const share = () => `${r.int(60, 99)}.${r.int(0, 9)}%`;
  if (roll < 0.18) return `${r.pick(v.connectives)}${r.pick(units).name}${r.pick(v.actions)}${r.pick(v.objects)}，${r.pick(v.outcomes)}。`;
  if (roll < 0.32) return `全年共完成${r.pick(v.objects)}相关任务${count()}项、按期完成率${share()}，${r.pick(v.outcomes)}。`;
  if (roll < 0.42) return `在${r.pick(v.places)}，${r.pick(v.subjects)}${r.pick(v.actions)}${r.pick(v.objects)}，群众说：“${r.pick(v.quotes)}。”`;
  if (roll < 0.5) return `“${r.pick(v.quotes)}。”${personName(r)}这样说，也是这样做的。`;
  if (roll < 0.6) return `${r.int(2009, 2024)}年以来，${r.pick(v.subjects)}累计${r.pick(['走访', '办理', '督办', '审核', '协调'])}${count()}件次，${r.pick(v.outcomes)}。`;
  return `${r.pick(v.connectives)}${r.pick(v.subjects)}${r.pick(v.actions)}${r.pick(v.objects)}，${r.pick(v.outcomes)}。`;
}

function paragraph(r: Random, units: UnitRow[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, units)).join('');
}

/** A body of about `targetBytes` UTF-8 bytes: paragraphs under headings, a list, sometimes a quote. */
function body(r: Random, units: UnitRow[], targetBytes: number): string {
  const blocks: string[] = [paragraph(r, units, r.int(2, 3))];
  let bytes = Buffer.byteLength(blocks[0]);
  const headingsUsed = new Set<string>();
  while (bytes < targetBytes) {
    let heading = r.pick(v.headings);
    for (let guard = 0; headingsUsed.has(heading) && guard < 5; guard++) heading = r.pick(v.headings);
    headingsUsed.add(heading);
    const parts = [`## ${heading}`, paragraph(r, units, r.int(2, 4))];
    const kind = r.next();
    if (kind < 0.35) {
      const ordered = r.chance(0.5);
      const items = Array.from({ length: r.int(3, 5) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} **${r.pick(v.actions).replace(/[，,].*$/, '')}。**${sentence(r, units)}`);
      parts.push(items.join('\n'));
    } else if (kind < 0.45) {
      parts.push(`> ${r.pick(v.quotes)}。——${personName(r)}`);
    } else if (kind < 0.5) {
      parts.push(`| 指标 | 完成 | 目标 |\n|---|---:|---:|\n${v.highlightLabels.slice(0, 3).map(([label, suffix]) => `| ${label} | ${r.int(10, 300)}${suffix} | ${r.int(10, 300)}${suffix} |`).join('\n')}`);
    }
    const block = parts.join('\n\n');
    blocks.push(block);
    bytes += Buffer.byteLength(block);
  }
  return `${blocks.join('\n\n')}\n`;
}

function frontMatter(fields: [string, string | undefined][]): string {
  return `---\n${fields.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n\n`;
}

const list = (items: string[]) => `[${items.map(q).join(', ')}]`;

/**
 * Write a valid content tree into `dir` (created if needed; existing files with the same names are
 * overwritten, nothing else is touched) and return what it holds.
 */
export function generateContentTree(dir: string, options: TreeOptions): TreeSummary {
  const seed = options.seed ?? 1;
  const unitCount = Math.max(2, options.units ?? 200);
  const stageCount = Math.min(v.stageThemes.length, Math.max(1, options.stages ?? 12));
  const caseCount = Math.round(options.documents * (options.caseShare ?? 0.25));
  const reportCount = options.documents - caseCount;
  const r = makeRandom(seed);
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string | Buffer) => {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  };

  const units = makeUnits(unitCount);
  const sections = units.filter((u) => u.parent);
  const sectionUnits = sections.length ? sections : units;
  const firstYear = 2024 - stageCount + 1;
  const stages: StageRow[] = v.stageThemes.slice(0, stageCount).map(([title, key], i) => ({ id: `${firstYear + i}-${key}`, title, year: firstYear + i }));
  const series = v.seriesThemes.slice(0, 6).map(([title, id], i) => ({ id, title, started: `${firstYear + i}-0${(i % 9) + 1}-01` }));

  write(
    'site.yml',
    [
      `title: ${q('榜样——争做人民满意公务员先进典型系列报道（合成）')}`,
      `organization: ${q('中原市人民政府办公厅')}`,
      `description: ${q('基准测试用的合成内容：报道、典型、单位、阶段与考核分数。')}`,
      `campaign: ${q('全心全意为人民服务 争做人民满意公务员')}`,
      'board:',
      '  interval: 12',
      '  slides: [title, cases, ranking, reports, summary]',
      '  topN: 10',
      '',
    ].join('\n'),
  );
  write(
    'scoring.yml',
    [
      'indicators:',
      ...indicators.map((i) => `  - { id: ${i.id}, name: ${i.name}, max: ${i.max} }`),
      'grades:',
      '  - { name: 优秀, min: 90 }',
      '  - { name: 良好, min: 80 }',
      '  - { name: 合格, min: 60 }',
      '  - { name: 不合格, min: 0 }',
      '',
    ].join('\n'),
  );
  write('units.csv', `id,name,parent,kind\n${units.map((u) => `${u.id},${u.name},${u.parent ?? ''},${u.kind}`).join('\n')}\n`);

  for (const s of series) {
    write(`series/${s.id}.md`, frontMatter([['title', q(s.title)], ['started', s.started]]) + body(r, units, 900));
  }

  stages.forEach((stage, i) => {
    write(
      `stages/${stage.id}.md`,
      frontMatter([
        ['title', q(stage.title)],
        ['order', String(i + 1)],
        ['start', `${stage.year}-01-01`],
        ['end', `${stage.year}-12-31`],
        ['status', 'active'],
      ]) + body(r, units, 1500),
    );
    // Scores: most sections, some offices; alternate id and Chinese headers, a note now and then;
    // every third file in GB18030 with CRLF, as Excel on Chinese Windows saves it.
    const excel = i % 3 === 2;
    const chinese = excel || i % 2 === 1;
    const header = [chinese ? '单位' : 'unit', ...indicators.map((ind) => (chinese ? ind.name : ind.id)), chinese ? '备注' : 'note'];
    const rows = units
      .filter(() => r.chance(0.85))
      .map((u) => {
        const strength = 0.55 + r.next() * 0.45;
        const cells = indicators.map((ind) => (Math.min(ind.max, ind.max * strength + r.next() * 2 - 1)).toFixed(1));
        const note = r.chance(0.2) ? `${r.pick(v.objects)}${r.pick(['按期完成', '成效明显', '仍需加强', '列入整改'])}` : '';
        return [chinese ? u.name : u.id, ...cells, note].join(',');
      });
    const csv = `${header.join(',')}\n${rows.join('\n')}\n`;
    write(`scores/${stage.id}.csv`, excel ? iconv.encode(csv.replace(/\n/g, '\r\n'), 'gb18030') : csv);
  });

  // Cases first, so reports can name them.
  const caseIds: string[] = [];
  for (let i = 0; i < caseCount; i++) {
    const stage = r.pick(stages);
    const collective = r.chance(0.3);
    const unit = r.pick(collective ? sectionUnits : units);
    const name = collective ? unit.name : personName(r);
    // A few file names are Chinese, as editors write them; the id then is Chinese too.
    const id = r.chance(0.05) ? `${name}-${pad(i + 1, 4)}` : `c${pad(i + 1, 5)}`;
    caseIds.push(id);
    const month = pad(r.int(1, 12), 2);
    const day = pad(r.int(1, 28), 2);
    const highlights = r
      .some(v.highlightLabels, 1, 3)
      .map(([label, suffix]) => `  - { label: ${label}, value: ${suffix === '%' ? `${r.int(90, 99)}.${r.int(0, 9)}` : r.int(5, 900)}, suffix: ${q(suffix)} }`);
    const fields: [string, string | undefined][] = [
      ['name', q(name)],
      ['kind', collective ? 'collective' : 'individual'],
      ['unit', q(r.chance(0.7) ? unit.id : unit.name)],
      ['position', collective ? undefined : q(`${unit.name.replace(/^市/, '').slice(-6)}${r.pick(v.positions)}`)],
      ['summary', q(`${paragraph(r, units, 1)}${r.pick(v.outcomes)}。`)],
      ['honors', r.chance(0.7) ? `\n${r.some(v.honors, 1, 3).map((h) => `  - ${q(h)}`).join('\n')}` : undefined],
      ['stage', stage.id],
      ['date', `${stage.year}-${month}-${day}`],
      ['highlights', `\n${highlights.join('\n')}`],
      ['tags', list(r.some(v.tags, 1, 4))],
    ];
    write(`cases/${stage.year}/${id}.md`, frontMatter(fields) + body(r, units, 1100));
  }

  const types = ['overview', 'feature', 'interview', 'news'] as const;
  for (let i = 0; i < reportCount; i++) {
    const stage = r.pick(stages);
    const month = pad(r.int(1, 12), 2);
    const day = pad(r.int(1, 28), 2);
    const named = r.some(units, 1, 4).map((u) => (r.chance(0.6) ? u.id : u.name));
    const mentioned = caseIds.length && r.chance(0.5) ? r.some(caseIds, 1, 2) : [];
    const title = `${r.pick(units).name}${r.pick(v.actions).replace(/^.*，/, '')}${r.pick(v.objects)}`;
    const fields: [string, string | undefined][] = [
      ['title', q(title)],
      ['date', `${stage.year}-${month}-${day}`],
      ['kicker', r.chance(0.4) ? q(r.pick(v.kickers)) : undefined],
      ['subtitle', r.chance(0.3) ? q(`${r.pick(v.subjects)}${r.pick(v.outcomes)}`) : undefined],
      ['author', r.chance(0.8) ? q(`${r.pick(v.authorRoles)} ${personName(r)}`) : undefined],
      ['source', r.chance(0.7) ? q(r.pick(v.sources)) : undefined],
      ['series', r.chance(0.3) ? r.pick(series).id : undefined],
      ['type', r.pick(types)],
      ['lead', r.chance(0.5) ? q(paragraph(r, units, 2)) : undefined],
      ['stage', stage.id],
      ['units', list(named)],
      ['cases', mentioned.length ? list(mentioned) : undefined],
      ['tags', list(r.some(v.tags, 1, 4))],
    ];
    const id = r.chance(0.05) ? `${stage.title}${r.pick(v.headings).replace(/[“”、，]/g, '')}-${pad(i + 1, 5)}` : `r${pad(i + 1, 5)}`;
    write(`reports/${stage.year}/${id}.md`, frontMatter(fields) + body(r, units, 1100));
  }

  return {
    dir,
    reports: reportCount,
    cases: caseCount,
    units: units.length,
    stages: stages.length,
    series: series.length,
    files,
    bytes,
    sampleQuery: '绩效评估',
  };
}
