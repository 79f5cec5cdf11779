/** Campaign overview: grade counts per stage (stacked bars, left axis) and the average total (line, right axis). */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { valueLabelPlugin } from './plugins.ts';
import type { OverviewData } from './types.ts';

export function renderOverviewChart(canvas: HTMLCanvasElement, data: OverviewData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  const units = Math.max(1, ...data.labels.map((_, i) => data.grades.reduce((sum, g) => sum + (g.values[i] ?? 0), 0)));
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          {
            type: 'line' as const,
            label: data.average.label,
            data: data.average.values,
            yAxisID: 'average',
            borderColor: data.average.color,
            backgroundColor: data.average.color,
            borderWidth: 2.5,
            pointRadius: 5,
            pointHoverRadius: 7,
            pointBorderColor: '#ffffff',
            pointBorderWidth: 2,
            order: 0,
          },
          ...data.grades.map((series) => ({
            type: 'bar' as const,
            label: series.label,
            data: series.values,
            yAxisID: 'count',
            backgroundColor: series.color,
            hoverBackgroundColor: series.color,
            borderColor: '#ffffff',
            borderWidth: { top: 1 },
            borderSkipped: false,
            barPercentage: 0.62,
            maxBarThickness: 96,
            order: 1,
          })),
        ],
      },
      options: {
        layout: { padding: { top: 8 } },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { font, color: textColor } },
          count: {
            type: 'linear',
            position: 'left',
            stacked: true,
            min: 0,
            suggestedMax: units,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { precision: 0, callback: tickFormatter(0), font, color: textColor },
            title: { display: true, text: data.countAxisLabel, font, color: textColor },
          },
          average: {
            type: 'linear',
            position: 'right',
            min: data.averageMin,
            max: data.averageMax,
            grid: { display: false },
            border: { display: false },
            ticks: { callback: tickFormatter(0), font, color: textColor },
            title: { display: true, text: data.averageAxisLabel, font, color: textColor },
          },
        },
      },
      plugins: [valueLabelPlugin({ labels: data.averageLabels, datasetIndex: 0, color: data.average.color, fontSize: size, fontFamily: fontFamilyOf(canvas), bold: true })],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'x' },
  );
}
