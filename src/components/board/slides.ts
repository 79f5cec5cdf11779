/**
 * The lobby board's slides, built once at build time from the campaign. Pure: the page hands in the
 * campaign plus two resolvers (photo URL, stage summary HTML) so this runs the same in unit tests.
 * The result is rendered as HTML by the page and serialised into it as JSON for the browser code.
 */
import type { RankingData } from '../../client/charts/types.ts';
import type { BoardSettings } from '../../model/site.ts';

export const caseKindLabel = { individual: '先进个人', collective: '先进集体' } as const;
export const stageStatusLabel = { planned: '未开始', active: '进行中', archived: '已归档' } as const;

/** Reports shown on the reports slide. */
export const reportsOnBoard = 6;
/** Highlight figures shown per case (more would not be readable from five metres). */
export const highlightsPerCase = 3;
/** The summary excerpt aims for this many characters, cutting at a sentence end in between. */
export const summaryLength = { min: 120, max: 200 } as const;

export interface TitleSlide {
  kind: 'title';
  title: string;
  organization: string;
  campaign?: string;
  stage?: { title: string; dates: string; status: string };
  /** The campaign's stages in order, for the timeline. */
  stages: { title: string; year?: string; current: boolean }[];
}

export interface CaseSlide {
  kind: 'case';
  id: string;
  name: string;
  kindLabel: string;
  unit: string;
  position?: string;
  summary: string;
  photo?: { src: string; alt: string };
  /** Shown in a round badge when there is no photo. */
  initials: string;
  highlights: { label: string; value: string; suffix?: string }[];
}

export interface RankingSlide {
  kind: 'ranking';
  stageTitle: string;
  /** How many units were assessed in the stage (the chart may show fewer). */
  unitCount: number;
  /** Units ranked `topN` or better (ties at the cut all kept), best first. */
  rows: { rank: number; unit: string; total: number; grade: string }[];
  /** Every grade of the scheme, best first, with how many units reached it and its chart colour. */
  grades: { grade: string; count: number; color?: string }[];
  /** The highest total possible (the sum of the indicators' maxima). */
  max: number;
  /** What the site-wide ranking chart (src/client/charts/ranking.ts) draws, already cut to `rows`. */
  chart?: RankingData;
}

export interface ReportsSlide {
  kind: 'reports';
  items: { kicker?: string; title: string; date: string }[];
}

export interface SummarySlide {
  kind: 'summary';
  stageTitle: string;
  dates: string;
  text: string;
}

export type Slide = TitleSlide | CaseSlide | RankingSlide | ReportsSlide | SummarySlide;

export interface BoardData {
  title: string;
  organization: string;
  campaign?: string;
  settings: BoardSettings;
  slides: Slide[];
}

/** The parts of `Campaign` (src/data/campaign.ts) the board reads; a Campaign satisfies it. */
export interface BoardCampaign {
  site: {
    title: string;
    organization: string;
    campaign?: string;
    board: BoardSettings;
  };
  scoring?: { indicators: { max: number }[] };
  unit: (id: string) => { name: string } | undefined;
  featured: BoardCase[];
  reports: { entry: { data: { title: string; kicker?: string; date: string; draft?: boolean } } }[];
  stages: BoardStage[];
  currentStage?: BoardStage;
}

export interface BoardCase {
  id: string;
  unit: string;
  entry: {
    filePath?: string;
    data: {
      name: string;
      kind: 'individual' | 'collective';
      summary: string;
      position?: string;
      photo?: { src: string; alt: string };
      highlights: { label: string; value: number | string; suffix?: string }[];
      draft?: boolean;
    };
  };
}

export interface BoardStage {
  id: string;
  entry: { data: { title: string; start?: string; end?: string; status: 'planned' | 'active' | 'archived' } };
  scoring?: { indicators: { max: number }[] };
  results?: {
    rows: { unit: string; total: number; grade: string; rank: number }[];
    gradeCounts: { grade: string; count: number }[];
  };
}

export interface BoardOptions {
  /** URL of a case's photo, or undefined when it cannot be shown (remote, missing). */
  photoUrl: (item: BoardCase) => string | undefined;
  /** The rendered HTML of a stage's summary (its Markdown body). */
  summaryHtml: (stage: BoardStage) => string | undefined;
  /** The ranking chart's data for a stage with results and the colour of each grade (site-wide chart palette). */
  ranking?: (stage: BoardStage) => { chart: RankingData; gradeColors: Record<string, string> } | undefined;
  /** The characters of the avatar shown when there is no photo. */
  initials?: (name: string, kind: 'individual' | 'collective') => string;
  formatDate?: (iso: string) => string;
}

function isoToChinese(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

function defaultInitials(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 3 ? chars.join('') : chars.slice(0, 2).join('');
}

export function dateRange(start: string | undefined, end: string | undefined, format: (iso: string) => string): string {
  if (start && end) return `${format(start)}至${format(end)}`;
  if (start) return `${format(start)}起`;
  if (end) return `至${format(end)}`;
  return '';
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return namedEntities[code.toLowerCase()] ?? whole;
  });
}

/**
 * The paragraphs of rendered Markdown as plain text: headings, figures, tables and footnotes are
 * left out (they read badly as a quotation); list items count as paragraphs. Emphasis markers that
 * CommonMark left unparsed next to CJK punctuation (`**建体系。**在`) are dropped.
 */
export function htmlToParagraphs(html: string): string[] {
  const withoutSkipped = html
    .replace(/<section\b[^>]*class="footnotes"[^>]*>[\s\S]*?<\/section>/gi, '\n')
    .replace(/<(h[1-6]|figure|table|script|style|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/gi, '');
  const text = decodeEntities(withoutSkipped.replace(/<\/(p|li|div|blockquote|dd|dt)>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
  return text
    .split(/\n+/)
    .map((line) => line.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.reduce((out, line) => {
    if (!out) return line;
    // Chinese needs no space between sentences; Latin text does.
    const joinWithSpace = /[A-Za-z0-9.,;:!?]$/.test(out) && /^[A-Za-z0-9]/.test(line);
    return out + (joinWithSpace ? ' ' : '') + line;
  }, '');
}

/** All the running text of rendered Markdown on one line. */
export function htmlToText(html: string): string {
  return joinParagraphs(htmlToParagraphs(html));
}

/**
 * The opening of a text: the longest run of whole sentences between `min` and `max` characters;
 * when no sentence ends in that window, the first `max` characters and an ellipsis.
 */
export function excerpt(text: string, min: number = summaryLength.min, max: number = summaryLength.max): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = -1;
  for (let i = max - 1; i >= min - 1; i--) {
    if (/[。！？；!?]/.test(chars[i]) || (/[”」』）)]/.test(chars[i]) && /[。！？!?]/.test(chars[i - 1] ?? ''))) {
      cut = i + 1;
      break;
    }
  }
  if (cut > 0) return chars.slice(0, cut).join('');
  return `${chars.slice(0, max - 1).join('').replace(/[，、；：,;:\s]+$/, '')}……`;
}

/**
 * The opening lines of a stage summary: whole paragraphs until there are at least `min`
 * characters, then cut to at most `max` at a sentence end.
 */
export function summaryOpening(html: string, min: number = summaryLength.min, max: number = summaryLength.max): string {
  const taken: string[] = [];
  for (const paragraph of htmlToParagraphs(html)) {
    taken.push(paragraph);
    if ([...joinParagraphs(taken)].length >= min) break;
  }
  return excerpt(joinParagraphs(taken), min, max);
}

function titleSlide(campaign: BoardCampaign, format: (iso: string) => string): TitleSlide {
  const { site, currentStage } = campaign;
  const stage = currentStage?.entry.data;
  return {
    kind: 'title',
    title: site.title,
    organization: site.organization,
    campaign: site.campaign,
    stage: stage ? { title: stage.title, dates: dateRange(stage.start, stage.end, format), status: stageStatusLabel[stage.status] } : undefined,
    stages: campaign.stages.map((s) => ({ title: s.entry.data.title, year: s.entry.data.start?.slice(0, 4), current: s.id === currentStage?.id })),
  };
}

function caseSlide(item: BoardCase, campaign: BoardCampaign, options: BoardOptions): CaseSlide {
  const data = item.entry.data;
  const src = data.photo ? options.photoUrl(item) : undefined;
  return {
    kind: 'case',
    id: item.id,
    name: data.name,
    kindLabel: caseKindLabel[data.kind],
    unit: campaign.unit(item.unit)?.name ?? item.unit,
    position: data.position,
    summary: data.summary,
    photo: src && data.photo ? { src, alt: data.photo.alt } : undefined,
    initials: (options.initials ?? defaultInitials)(data.name, data.kind),
    highlights: data.highlights.slice(0, highlightsPerCase).map((h) => ({ label: h.label, value: String(h.value), ...(h.suffix ? { suffix: h.suffix } : {}) })),
  };
}

function rankingSlide(campaign: BoardCampaign, topN: number, options: BoardOptions): RankingSlide | undefined {
  const stage = campaign.currentStage;
  const results = stage?.results;
  if (!stage || !results || results.rows.length === 0) return undefined;
  const indicators = (stage.scoring ?? campaign.scoring)?.indicators ?? [];
  const max = indicators.reduce((sum, i) => sum + i.max, 0) || 100;
  const ranked = (row: { rank: number }) => row.rank <= topN;
  const chart = options.ranking?.(stage);
  return {
    kind: 'ranking',
    stageTitle: stage.entry.data.title,
    unitCount: results.rows.length,
    rows: [...results.rows]
      .sort((a, b) => a.rank - b.rank)
      .filter(ranked)
      .map((row) => ({ rank: row.rank, unit: campaign.unit(row.unit)?.name ?? row.unit, total: row.total, grade: row.grade })),
    grades: results.gradeCounts.map((g) => ({ grade: g.grade, count: g.count, ...(chart?.gradeColors[g.grade] ? { color: chart.gradeColors[g.grade] } : {}) })),
    max,
    ...(chart ? { chart: { ...chart.chart, rows: chart.chart.rows.filter(ranked) } } : {}),
  };
}

function reportsSlide(campaign: BoardCampaign, format: (iso: string) => string): ReportsSlide | undefined {
  const items = campaign.reports
    .filter((r) => !r.entry.data.draft)
    .slice(0, reportsOnBoard)
    .map(({ entry: { data } }) => ({ ...(data.kicker ? { kicker: data.kicker } : {}), title: data.title, date: format(data.date) }));
  return items.length ? { kind: 'reports', items } : undefined;
}

function summarySlide(campaign: BoardCampaign, options: BoardOptions, format: (iso: string) => string): SummarySlide | undefined {
  const stage = campaign.currentStage;
  if (!stage) return undefined;
  const html = options.summaryHtml(stage);
  const text = html ? summaryOpening(html) : '';
  if (!text) return undefined;
  const data = stage.entry.data;
  return { kind: 'summary', stageTitle: data.title, dates: dateRange(data.start, data.end, format), text };
}

/**
 * Slides in the order of `site.yml`'s `board.slides`; `cases` expands to one slide per featured
 * case. Kinds with nothing to show (no results yet, no reports) are skipped; the title slide is the
 * fallback so the board is never empty.
 */
export function buildBoard(campaign: BoardCampaign, options: BoardOptions): BoardData {
  const settings = campaign.site.board;
  const format = options.formatDate ?? isoToChinese;
  const slides: Slide[] = [];
  for (const kind of settings.slides) {
    if (kind === 'title') slides.push(titleSlide(campaign, format));
    if (kind === 'cases') for (const item of campaign.featured) if (!item.entry.data.draft) slides.push(caseSlide(item, campaign, options));
    if (kind === 'ranking') {
      const slide = rankingSlide(campaign, settings.topN, options);
      if (slide) slides.push(slide);
    }
    if (kind === 'reports') {
      const slide = reportsSlide(campaign, format);
      if (slide) slides.push(slide);
    }
    if (kind === 'summary') {
      const slide = summarySlide(campaign, options, format);
      if (slide) slides.push(slide);
    }
  }
  if (slides.length === 0) slides.push(titleSlide(campaign, format));
  return { title: campaign.site.title, organization: campaign.site.organization, campaign: campaign.site.campaign, settings, slides };
}

/** JSON for a `<script type="application/json">`: `<` escaped so no text can close the script. */
export function serialiseBoard(data: BoardData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
