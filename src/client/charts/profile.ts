/** A unit's indicator profile as % of each maximum, beside the all-units average (grouped bars). */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { valueLabelPlugin } from './plugins.ts';
import type { ProfileData } from './types.ts';

export function renderProfileChart(canvas: HTMLCanvasElement, data: ProfileData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  const family = fontFamilyOf(canvas);
  const percent = (values: (number | null)[]) => values.map((v) => (v === null ? '' : `${v.toFixed(1)}%`));
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [data.unit, data.average].map((series) => ({
          label: series.label,
          data: series.values,
          backgroundColor: series.color,
          hoverBackgroundColor: series.color,
          borderWidth: 0,
          hoverBorderWidth: 1.5,
          hoverBorderColor: '#1c1c1c',
          barPercentage: 0.86,
          categoryPercentage: 0.78,
          maxBarThickness: Math.round(size * 1.9),
        })),
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { right: Math.round(size * 3.6) } },
        scales: {
          x: {
            min: 0,
            max: 100,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { stepSize: 20, callback: tickFormatter(0, '%'), font, color: textColor },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
          y: { grid: { display: false }, ticks: { font, color: textColor, autoSkip: false } },
        },
      },
      plugins: [
        valueLabelPlugin({ labels: percent(data.unit.values), datasetIndex: 0, color: textColor, fontSize: size, fontFamily: family, bold: true }),
        valueLabelPlugin({ labels: percent(data.average.values), datasetIndex: 1, color: '#6b6b6b', fontSize: size - 1, fontFamily: family }),
      ],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'y' },
  );
}
