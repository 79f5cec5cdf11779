import { describe, expect, it } from 'vitest';
import { boardSchema } from '../../../src/model/site.ts';
import {
  buildBoard,
  excerpt,
  htmlToText,
  serialiseBoard,
  summaryOpening,
  type BoardCampaign,
  type BoardCase,
  type BoardOptions,
  type BoardStage,
} from '../../../src/components/board/slides.ts';

const units: Record<string, string> = { ducha: '督查室', mishu1: '秘书一处', xinxi: '信息处', zonghe: '综合处', jiedai: '接待处' };

function caseOf(id: string, name: string, extra: Partial<BoardCase['entry']['data']> = {}): BoardCase {
  return {
    id,
    unit: 'ducha',
    entry: {
      filePath: `content/cases/${id}.md`,
      data: { name, kind: 'individual', summary: `${name}的事迹。`, highlights: [], ...extra },
    },
  };
}

const stage = (id: string, title: string, extra: Partial<BoardStage> = {}, status: 'planned' | 'active' | 'archived' = 'active'): BoardStage => ({
  id,
  entry: { data: { title, start: '2011-01-01', end: '2011-12-31', status } },
  ...extra,
});

const current = stage('2011', '质量提升年', {
  scoring: { indicators: [{ max: 30 }, { max: 25 }, { max: 25 }, { max: 20 }] },
  results: {
    rows: [
      { unit: 'ducha', total: 95, grade: '优秀', rank: 1 },
      { unit: 'mishu1', total: 93.5, grade: '优秀', rank: 2 },
      { unit: 'xinxi', total: 90.5, grade: '优秀', rank: 3 },
      { unit: 'zonghe', total: 90.5, grade: '优秀', rank: 3 },
      { unit: 'jiedai', total: 79.5, grade: '合格', rank: 5 },
    ],
    gradeCounts: [
      { grade: '优秀', count: 4 },
      { grade: '良好', count: 0 },
      { grade: '合格', count: 1 },
      { grade: '不合格', count: 0 },
    ],
  },
});

function campaign(board: Partial<BoardCampaign['site']['board']> = {}, extra: Partial<BoardCampaign> = {}): BoardCampaign {
  return {
    site: { title: '榜样——先进典型系列报道', organization: '中原市人民政府办公厅', campaign: '争做人民满意公务员', board: boardSchema.parse(board) },
    unit: (id) => (units[id] ? { name: units[id] } : undefined),
    featured: [
      caseOf('liu', '刘建国', {
        position: '值班科科长',
        photo: { src: './photos/liu.svg', alt: '刘建国在值班' },
        highlights: [
          { label: '连续值守', value: 8, suffix: '年' },
          { label: '接报信息', value: 214, suffix: '起' },
          { label: '首报用时', value: 18, suffix: '分钟' },
          { label: '第四项', value: 1 },
        ],
      }),
      caseOf('mishu', '市政府办公厅秘书一处', { kind: 'collective', highlights: [{ label: '办结率', value: 97.3, suffix: '%' }] }),
    ],
    reports: Array.from({ length: 8 }, (_, i) => ({
      entry: { data: { title: `报道${i + 1}`, date: `2011-0${9 - i}-01`, ...(i % 2 ? { kicker: `引题${i + 1}` } : {}) } },
    })),
    stages: [stage('2010', '作风建设年', {}, 'archived'), current, stage('2012', '创新发展年', {}, 'planned')],
    currentStage: current,
    ...extra,
  };
}

const options: BoardOptions = {
  photoUrl: (item) => `/base/media/cases/photos/${item.id}.svg`,
  summaryHtml: () => '<h2 id="a">阶段目标</h2><p>第一句话说明目标。</p><ul><li><strong>建体系。</strong>第二句。</li></ul>',
};

describe('buildBoard turns the campaign into slides', () => {
  it('follows site.yml order with sensible defaults: title, one slide per featured case, ranking, reports, summary', () => {
    const board = buildBoard(campaign(), options);
    expect(board.slides.map((s) => s.kind)).toEqual(['title', 'case', 'case', 'ranking', 'reports', 'summary']);
    expect(board.settings).toEqual({ interval: 15, slides: ['title', 'cases', 'ranking', 'reports', 'summary'], topN: 10, refresh: 300 });
  });

  it('honours a custom order and leaves out kinds not listed', () => {
    const board = buildBoard(campaign({ slides: ['ranking', 'cases', 'title'] }), options);
    expect(board.slides.map((s) => s.kind)).toEqual(['ranking', 'case', 'case', 'title']);
  });

  it('shows the title slide when nothing else has content, so the board is never empty', () => {
    const board = buildBoard(campaign({ slides: ['ranking', 'summary'] }, { currentStage: undefined }), options);
    expect(board.slides.map((s) => s.kind)).toEqual(['title']);
  });

  it('builds the title slide from site.yml and the current stage', () => {
    const [title] = buildBoard(campaign(), options).slides;
    expect(title).toEqual({
      kind: 'title',
      title: '榜样——先进典型系列报道',
      organization: '中原市人民政府办公厅',
      campaign: '争做人民满意公务员',
      stage: { title: '质量提升年', dates: '2011年1月1日至2011年12月31日', status: '进行中' },
      stages: [
        { title: '作风建设年', year: '2011', current: false },
        { title: '质量提升年', year: '2011', current: true },
        { title: '创新发展年', year: '2011', current: false },
      ],
    });
  });

  it('builds case slides with unit names, photo URL, initials and at most three highlights as text', () => {
    const slides = buildBoard(campaign(), { ...options, initials: (name) => name.slice(-2) }).slides.filter((s) => s.kind === 'case');
    expect(slides[0]).toEqual({
      kind: 'case',
      id: 'liu',
      name: '刘建国',
      kindLabel: '先进个人',
      unit: '督查室',
      position: '值班科科长',
      summary: '刘建国的事迹。',
      photo: { src: '/base/media/cases/photos/liu.svg', alt: '刘建国在值班' },
      initials: '建国',
      highlights: [
        { label: '连续值守', value: '8', suffix: '年' },
        { label: '接报信息', value: '214', suffix: '起' },
        { label: '首报用时', value: '18', suffix: '分钟' },
      ],
    });
    expect(slides[1]).toMatchObject({ kindLabel: '先进集体', photo: undefined, highlights: [{ label: '办结率', value: '97.3', suffix: '%' }] });
  });

  it('leaves a photo out when its URL cannot be resolved (remote or outside the content folder)', () => {
    const slides = buildBoard(campaign(), { ...options, photoUrl: () => undefined }).slides;
    expect(slides.filter((s) => s.kind === 'case').every((s) => s.kind === 'case' && s.photo === undefined)).toBe(true);
  });

  it('keeps drafts out even if one slipped into the featured list or the reports', () => {
    const base = campaign();
    const withDrafts = campaign(
      {},
      {
        featured: [...base.featured, caseOf('draft', '草稿人物', { draft: true })],
        reports: [{ entry: { data: { title: '内部草稿', date: '2012-01-01', draft: true } } }, ...base.reports],
      },
    );
    const board = buildBoard(withDrafts, options);
    expect(JSON.stringify(board)).not.toContain('草稿');
    expect(board.slides.filter((s) => s.kind === 'case')).toHaveLength(2);
  });

  it('ranks the units placed top N or better (ties at the cut kept) with unit names, grades and the scheme maximum', () => {
    const ranking = buildBoard(campaign({ topN: 3 }), options).slides.find((s) => s.kind === 'ranking');
    expect(ranking).toEqual({
      kind: 'ranking',
      stageTitle: '质量提升年',
      unitCount: 5,
      rows: [
        { rank: 1, unit: '督查室', total: 95, grade: '优秀' },
        { rank: 2, unit: '秘书一处', total: 93.5, grade: '优秀' },
        { rank: 3, unit: '信息处', total: 90.5, grade: '优秀' },
        { rank: 3, unit: '综合处', total: 90.5, grade: '优秀' },
      ],
      grades: current.results!.gradeCounts,
      max: 100,
    });
  });

  it('carries the site-wide ranking chart data, cut to the same units, and the grade colours', () => {
    const chartRow = (rank: number, name: string) => ({ unit: name, name, rank, total: 90, grade: '优秀', color: '#1f4e8c', valueLabel: '90.0', tooltip: { title: name, lines: [] } });
    const chart = {
      kind: 'ranking' as const,
      summary: '督查室以95.0分居首。',
      max: 100,
      format: { decimals: 1, averageDecimals: 2 },
      axisLabel: '总分（分）',
      thresholds: [],
      rows: [chartRow(1, '督查室'), chartRow(2, '秘书一处'), chartRow(3, '信息处'), chartRow(3, '综合处'), chartRow(5, '接待处')],
    };
    const ranking = buildBoard(campaign({ topN: 3 }), { ...options, ranking: () => ({ chart, gradeColors: { 优秀: '#1f4e8c', 合格: '#f5c96a' } }) }).slides.find(
      (s) => s.kind === 'ranking',
    );
    expect(ranking?.kind === 'ranking' && ranking.chart?.rows.map((r) => r.name)).toEqual(['督查室', '秘书一处', '信息处', '综合处']);
    expect(ranking?.kind === 'ranking' && ranking.grades).toEqual([
      { grade: '优秀', count: 4, color: '#1f4e8c' },
      { grade: '良好', count: 0 },
      { grade: '合格', count: 1, color: '#f5c96a' },
      { grade: '不合格', count: 0 },
    ]);
  });

  it('skips the ranking when the current stage has no results yet', () => {
    const planned = stage('2012', '创新发展年', {}, 'planned');
    const board = buildBoard(campaign({}, { currentStage: planned }), options);
    expect(board.slides.map((s) => s.kind)).toEqual(['title', 'case', 'case', 'reports', 'summary']);
  });

  it('shows the six newest reports with kicker, title and a Chinese date', () => {
    const reports = buildBoard(campaign(), options).slides.find((s) => s.kind === 'reports');
    expect(reports?.kind === 'reports' && reports.items).toEqual([
      { title: '报道1', date: '2011年9月1日' },
      { kicker: '引题2', title: '报道2', date: '2011年8月1日' },
      { title: '报道3', date: '2011年7月1日' },
      { kicker: '引题4', title: '报道4', date: '2011年6月1日' },
      { title: '报道5', date: '2011年5月1日' },
      { kicker: '引题6', title: '报道6', date: '2011年4月1日' },
    ]);
  });

  it('opens the summary slide with the stage summary text, headings left out', () => {
    const summary = buildBoard(campaign(), options).slides.find((s) => s.kind === 'summary');
    expect(summary).toEqual({ kind: 'summary', stageTitle: '质量提升年', dates: '2011年1月1日至2011年12月31日', text: '第一句话说明目标。建体系。第二句。' });
  });

  it('serialises safely into a script element', () => {
    const board = buildBoard(campaign({}, { site: { ...campaign().site, title: '</script><b>' } }), options);
    const json = serialiseBoard(board);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).title).toBe('</script><b>');
  });
});

describe('summary text', () => {
  it('strips tags, headings, footnote markers and decodes entities', () => {
    expect(htmlToText('<h2>标题</h2><p>甲&amp;乙&#x26;丙&quot;<sup><a href="#fn1">1</a></sup>。</p><figure><img alt="x"><figcaption>图注</figcaption></figure><p>丁。</p>')).toBe('甲&乙&丙"。丁。');
  });

  it('drops emphasis markers CommonMark left unparsed next to CJK punctuation', () => {
    expect(htmlToText('<ol><li>**建体系。**在专业机构指导下</li></ol>')).toBe('建体系。在专业机构指导下');
  });

  it('keeps a space between Latin words across paragraphs', () => {
    expect(htmlToText('<p>Hello</p><p>world</p>')).toBe('Hello world');
  });

  it('cuts at a sentence end between 120 and 200 characters', () => {
    const sentence = '这是一个十个字的句子。'; // 11 characters
    const text = sentence.repeat(30);
    const cut = excerpt(text);
    expect([...cut].length).toBeGreaterThanOrEqual(120);
    expect([...cut].length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('。')).toBe(true);
  });

  it('adds an ellipsis when no sentence ends in the window', () => {
    const cut = excerpt('字'.repeat(400));
    expect(cut).toBe(`${'字'.repeat(199)}……`);
  });

  it('uses whole opening paragraphs until there is enough text', () => {
    const long = '甲'.repeat(130) + '。';
    expect(summaryOpening(`<p>${long}</p><p>第二段。</p>`)).toBe(long);
    expect(summaryOpening('<p>短。</p><p>也短。</p>')).toBe('短。也短。');
  });
});
