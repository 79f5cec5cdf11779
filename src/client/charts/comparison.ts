/** Comparison with the previous stage: places gained (right, blue) or lost (left, vermillion). */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, type ChartHandle, type RenderOptions } from './core.ts';
import { valueLabelPlugin } from './plugins.ts';
import type { ComparisonData } from './types.ts';

export function renderComparisonChart(canvas: HTMLCanvasElement, data: ComparisonData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  const places = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
  return createChart(
    canvas,
    {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ data: data.deltas, backgroundColor: data.colors, hoverBackgroundColor: data.colors, borderWidth: 0, hoverBorderWidth: 1.5, hoverBorderColor: '#1c1c1c', barPercentage: 0.72, categoryPercentage: 0.9, maxBarThickness: Math.round(size * 1.8) }],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: {
            min: data.min,
            max: data.max,
            grid: { color: (context) => (context.tick?.value === 0 ? '#8a8a8a' : gridColor), lineWidth: (context) => (context.tick?.value === 0 ? 1.5 : 1) },
            border: { display: false },
            ticks: { stepSize: 1, precision: 0, callback: (value) => places.format(Math.abs(Number(value))), font, color: textColor },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
          y: { grid: { display: false }, ticks: { font, color: textColor, autoSkip: false } },
        },
      },
      plugins: [valueLabelPlugin({ labels: data.valueLabels, datasetIndex: 0, color: textColor, fontSize: size, fontFamily: fontFamilyOf(canvas), bold: true })],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'y' },
  );
}
