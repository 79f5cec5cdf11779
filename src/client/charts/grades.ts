/** Grade distribution: the number of units per grade as vertical bars in the grade colours. */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { valueLabelPlugin } from './plugins.ts';
import type { GradesData } from './types.ts';

export function renderGradesChart(canvas: HTMLCanvasElement, data: GradesData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  const top = Math.max(1, ...data.counts);
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ data: data.counts, backgroundColor: data.colors, hoverBackgroundColor: data.colors, borderWidth: 0, hoverBorderWidth: 1.5, hoverBorderColor: '#1c1c1c', barPercentage: 0.7, maxBarThickness: 72 }],
      },
      options: {
        layout: { padding: { top: Math.round(size * 1.6) } },
        scales: {
          x: { grid: { display: false }, ticks: { font, color: textColor } },
          y: {
            min: 0,
            suggestedMax: top,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { stepSize: top > 10 ? undefined : 1, precision: 0, callback: tickFormatter(0), font, color: textColor },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
        },
      },
      plugins: [valueLabelPlugin({ labels: data.counts.map(String), datasetIndex: 0, color: textColor, fontSize: size + 1, fontFamily: fontFamilyOf(canvas), bold: true })],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'x' },
  );
}
