import type { Grade } from '../model/scoring.ts';

/** Colours per grade, highest first; the same order as scoring.yml lists grades. */
export const gradePalette = ['#b0191e', '#b8893b', '#4f6d8a', '#7a7a7a', '#5c4a7d', '#2f6b4f'];

export function gradeColour(grade: string, grades: Grade[]): string {
  const index = grades.findIndex((g) => g.name === grade);
  return gradePalette[index < 0 ? gradePalette.length - 1 : index % gradePalette.length];
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Display width of a label in em: CJK and full-width characters count 1, others about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 1 : 0.56;
  return width;
}

export interface TotalsBar {
  label: string;
  total: number;
  grade: string;
  /** Shown as the value (e.g. "91.0"); the total itself when absent. */
  valueText?: string;
}

export interface TotalsChartOptions {
  /** The highest total possible (the sum of the indicator maxima). */
  max: number;
  grades: Grade[];
  title: string;
  width?: number;
  /** For aria-labelledby; must be unique in the document. */
  id?: string;
}

/**
 * Horizontal bars of every unit's total, in the order given (rank order), each coloured by its grade
 * and labelled with its value and grade in text, so the chart reads without colour and prints
 * sharply. Dashed lines mark the grade thresholds. A pure function: same input, same SVG string.
 */
export function totalsBarChart(bars: TotalsBar[], options: TotalsChartOptions): string {
  const font = 14;
  const rowHeight = 26;
  const barHeight = 16;
  const width = options.width ?? 720;
  const id = options.id ?? 'totals-chart';
  const labelWidth = Math.ceil(Math.max(4, ...bars.map((b) => textWidth(b.label))) * font) + 12;
  const valueWidth = Math.ceil(Math.max(5, ...bars.map((b) => textWidth(`${b.valueText ?? b.total} ${b.grade}`))) * font) + 12;
  const top = 28;
  const plotLeft = labelWidth;
  const plotWidth = Math.max(120, width - labelWidth - valueWidth);
  const height = top + bars.length * rowHeight + 8;
  const max = options.max > 0 ? options.max : Math.max(1, ...bars.map((b) => b.total));
  const x = (value: number) => plotLeft + (Math.min(Math.max(value, 0), max) / max) * plotWidth;
  const round = (n: number) => Math.round(n * 10) / 10;

  const thresholds = options.grades
    .filter((g) => g.min > 0 && g.min < max)
    .map((g) => {
      const gx = round(x(g.min));
      return `<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 4}" stroke="#9a9a9a" stroke-dasharray="3 3" stroke-width="1"/><text x="${gx}" y="${top - 10}" text-anchor="middle" font-size="11" fill="#555">${escapeXml(`${g.name} ${g.min}`)}</text>`;
    })
    .join('');
  const rows = bars
    .map((bar, i) => {
      const y = top + i * rowHeight;
      const barY = y + (rowHeight - barHeight) / 2;
      const end = round(x(bar.total));
      const colour = gradeColour(bar.grade, options.grades);
      const value = `${bar.valueText ?? bar.total} ${bar.grade}`;
      return (
        `<g><text x="${plotLeft - 8}" y="${y + rowHeight / 2 + 5}" text-anchor="end" font-size="${font}" fill="#1c1c1c">${escapeXml(bar.label)}</text>` +
        `<rect x="${plotLeft}" y="${barY}" width="${round(end - plotLeft)}" height="${barHeight}" fill="${colour}"/>` +
        `<text x="${end + 6}" y="${y + rowHeight / 2 + 5}" font-size="${font - 1}" fill="#1c1c1c">${escapeXml(value)}</text></g>`
      );
    })
    .join('');
  const summary = bars.map((b) => `${b.label} ${b.valueText ?? b.total}（${b.grade}）`).join('，');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif">` +
    `<title id="${id}-title">${escapeXml(options.title)}</title><desc id="${id}-desc">${escapeXml(summary)}</desc>` +
    `<line x1="${plotLeft}" y1="${top - 6}" x2="${plotLeft}" y2="${height - 4}" stroke="#1c1c1c" stroke-width="1"/>` +
    thresholds +
    rows +
    `</svg>`
  );
}
