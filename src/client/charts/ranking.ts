/**
 * The ranking chart: every unit's total as a horizontal bar in rank order, coloured by grade, with
 * the grade thresholds as dashed reference lines and the total printed at the end of each bar.
 *
 * Reusable outside the stage page (the lobby board): give it a canvas inside a positioned box of
 * fixed height and the RankingData built at build time by buildStageRanking(); call destroy() when
 * the canvas goes away or the slide changes.
 */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { thresholdPlugin, valueLabelPlugin } from './plugins.ts';
import type { RankingData } from './types.ts';

export interface RankingOptions extends RenderOptions {
  /** Board-sized text (22px instead of 12px) and thicker bars; `fontSize` overrides the size. */
  largeFonts?: boolean;
  /** Only units ranked N or better (tied units at the cut are all kept). */
  topN?: number;
}

export function renderRankingChart(canvas: HTMLCanvasElement, data: RankingData, options: RankingOptions = {}): ChartHandle {
  const size = options.fontSize ?? (options.largeFonts ? 22 : 12);
  const rows = options.topN ? data.rows.filter((row) => row.rank <= options.topN!) : data.rows;
  const family = fontFamilyOf(canvas);
  const font = fontOf(canvas, size);
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: rows.map((row) => `${row.rank}\u2002${row.name}`),
        datasets: [
          {
            data: rows.map((row) => row.total),
            backgroundColor: rows.map((row) => row.color),
            hoverBackgroundColor: rows.map((row) => row.color),
            borderWidth: 0,
            hoverBorderWidth: 1.5,
            hoverBorderColor: '#1c1c1c',
            barPercentage: 0.78,
            categoryPercentage: 0.9,
            maxBarThickness: Math.round(size * 2),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { top: Math.round(size * 1.6), right: Math.round(size * 3.2) } },
        scales: {
          x: {
            min: 0,
            max: data.max,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { callback: tickFormatter(0), font, color: textColor, maxTicksLimit: 11 },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
          y: { grid: { display: false }, ticks: { font, color: textColor, autoSkip: false } },
        },
      },
      plugins: [
        thresholdPlugin({ lines: data.thresholds, axis: 'x', fontSize: size, fontFamily: family }),
        valueLabelPlugin({ labels: rows.map((row) => row.valueLabel), datasetIndex: 0, color: textColor, fontSize: size, fontFamily: family, bold: true }),
      ],
    },
    rows.map((row) => row.tooltip),
    { ...options, fontSize: size, indexAxis: 'y' },
  );
}

export type { RankingData, ChartHandle };
