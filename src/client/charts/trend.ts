/** A unit's total across stages (solid line) against the all-units average (dashed), with grade lines. */
import { createChart, fontFamilyOf, fontOf, gridColor, textColor, tickFormatter, type ChartHandle, type RenderOptions } from './core.ts';
import { thresholdPlugin, valueLabelPlugin } from './plugins.ts';
import type { TrendData } from './types.ts';

export function renderTrendChart(canvas: HTMLCanvasElement, data: TrendData, options: RenderOptions = {}): ChartHandle {
  const size = options.fontSize ?? 12;
  const font = fontOf(canvas, size);
  return createChart(
    canvas,
    {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.unit.label,
            data: data.unit.values,
            borderColor: data.unit.color,
            backgroundColor: data.unit.color,
            borderWidth: 3,
            pointRadius: 5,
            pointHoverRadius: 7,
            pointBorderColor: '#ffffff',
            pointBorderWidth: 2,
          },
          {
            label: data.average.label,
            data: data.average.values,
            borderColor: data.average.color,
            backgroundColor: data.average.color,
            borderWidth: 2,
            borderDash: [6, 4],
            pointRadius: 3,
            pointHoverRadius: 5,
          },
        ],
      },
      options: {
        layout: { padding: { left: 8, right: 24, top: 8 } },
        scales: {
          x: { offset: true, grid: { display: false }, ticks: { font, color: textColor } },
          y: {
            min: data.min,
            max: data.max,
            grid: { color: gridColor },
            border: { display: false },
            ticks: { stepSize: 10, callback: tickFormatter(0), font, color: textColor },
            title: { display: true, text: data.axisLabel, font, color: textColor },
          },
        },
      },
      plugins: [
        thresholdPlugin({ lines: data.thresholds, axis: 'y', fontSize: size - 1, fontFamily: fontFamilyOf(canvas) }),
        valueLabelPlugin({ labels: data.valueLabels, datasetIndex: 0, color: data.unit.color, fontSize: size, fontFamily: fontFamilyOf(canvas), bold: true }),
      ],
    },
    data.tooltips,
    { ...options, fontSize: size, indexAxis: 'x' },
  );
}
