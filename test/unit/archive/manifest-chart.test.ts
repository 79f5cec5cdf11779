import { describe, expect, it } from 'vitest';
import { totalsBarChart } from '../../../src/archive/chart-svg.ts';
import { prettyJson, serializeManifest, type ArchiveManifest } from '../../../src/archive/manifest.ts';

const scoring = { indicators: [{ id: 'x', name: '指标', max: 100 }], grades: [{ name: '优秀', min: 90 }, { name: '合格', min: 60 }, { name: '不合格', min: 0 }] };

describe('manifest serialization', () => {
  it('writes keys in one fixed order whatever order they came in', () => {
    const scrambled = {
      history: [],
      scoring: { grades: scoring.grades, indicators: scoring.indicators },
      files: { scores: { sha256: 'b'.repeat(64), path: 'scores/s.csv' }, summary: { sha256: 'a'.repeat(64), path: 'stages/s.md' } },
      archivedAt: '2011-01-10',
      stage: 's',
    } as unknown as ArchiveManifest;
    const text = serializeManifest(scrambled);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '{',
      '  "stage": "s",',
      '  "archivedAt": "2011-01-10",',
      '  "files": {',
      `    "summary": { "path": "stages/s.md", "sha256": "${'a'.repeat(64)}" },`,
      `    "scores": { "path": "scores/s.csv", "sha256": "${'b'.repeat(64)}" }`,
    ]);
    expect(JSON.parse(text)).toEqual({ stage: 's', archivedAt: '2011-01-10', files: { summary: { path: 'stages/s.md', sha256: 'a'.repeat(64) }, scores: { path: 'scores/s.csv', sha256: 'b'.repeat(64) } }, scoring, history: [] });
  });

  it('prettyJson keeps short flat rows on one line and is valid JSON', () => {
    const value = { rows: [{ a: 1, b: '二' }], empty: [], nested: { deep: { x: null } } };
    const text = prettyJson(value);
    expect(text).toBe('{\n  "rows": [\n    { "a": 1, "b": "二" }\n  ],\n  "empty": [],\n  "nested": {\n    "deep": { "x": null }\n  }\n}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('totalsBarChart', () => {
  const bars = [
    { label: '政策研究室', total: 91, grade: '优秀', valueText: '91.0' },
    { label: '接待处<&>', total: 58.5, grade: '不合格' },
  ];
  it('is a pure function with text labels, grade colours and thresholds', () => {
    const svg = totalsBarChart(bars, { max: 100, grades: scoring.grades, title: '总分' });
    expect(totalsBarChart(bars, { max: 100, grades: scoring.grades, title: '总分' })).toBe(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="totals-chart-title">总分</title>');
    expect(svg).toContain('>91.0 优秀</text>');
    expect(svg).toContain('>58.5 不合格</text>');
    expect(svg).toContain('接待处&lt;&amp;&gt;');
    expect(svg).toContain('fill="#b0191e"');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>优秀 90</text>');
    expect(svg).toContain('>合格 60</text>');
  });
});
