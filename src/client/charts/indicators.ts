/** Indicator breakdown: each unit's indicator scores stacked to its total, in rank order. */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { valueLabelPlugin } from './plugins.ts';
import type { IndicatorsData } from './types.ts';

export function renderIndicatorsChart(canvas: HTMLCanvasElement, data: IndicatorsData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map((series) => ({
          label: series.label,
          data: series.values,
          backgroundColor: series.color,
          hoverBackgroundColor: series.color,
          // A white seam between segments keeps them apart in greyscale print and for every eye.
          borderColor: '#ffffff',
          borderWidth: { right: 1 },
          borderSkipped: false,
          barPercentage: 0.78,
          categoryPercentage: 0.9,
          maxBarThickness: Math.round(size * 2),
        })),
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { right: Math.round(size * 3.2) } },
        scales: {
          x: {
            stacked: true,
            min: 0,
            max: data.max,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { callback: tickFormatter(0), font, color: textColor, maxTicksLimit: 11 },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
          y: { stacked: true, grid: { display: false }, ticks: { font, color: textColor, autoSkip: false } },
        },
      },
      plugins: [valueLabelPlugin({ labels: data.totals, datasetIndex: data.series.length - 1, color: textColor, fontSize: size, fontFamily: fontFamilyOf(canvas), bold: true })],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'y' },
  );
}
