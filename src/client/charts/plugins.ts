/** Two tiny chart.js plugins, so no annotation or datalabels dependency is needed. */
import type { Chart, Plugin } from 'chart.js';
import type { Threshold } from './types.ts';

export interface ThresholdOptions {
  lines: Threshold[];
  /** The value axis the lines cross: 'x' (vertical lines) or 'y' (horizontal lines). */
  axis: 'x' | 'y';
  fontSize: number;
  fontFamily: string;
}

/** Text with a white halo, so it stays legible over grid lines, bars and reference lines. */
export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.strokeText(text, x, y);
  ctx.restore();
  ctx.fillText(text, x, y);
}

/**
 * Grade thresholds (优秀 ≥90 …) as dashed reference lines behind the data, labelled above the plot
 * (vertical lines) or at its left edge (horizontal lines).
 */
export function thresholdPlugin(options: ThresholdOptions): Plugin {
  const positions = (chart: Chart) => {
    const { chartArea } = chart;
    const scale = chart.scales[options.axis];
    if (!scale) return [];
    return [...options.lines]
      .sort((a, b) => a.value - b.value)
      .map((line) => ({ line, p: scale.getPixelForValue(line.value) }))
      .filter(({ p }) => (options.axis === 'x' ? p >= chartArea.left - 0.5 && p <= chartArea.right + 0.5 : p >= chartArea.top - 0.5 && p <= chartArea.bottom + 0.5));
  };
  return {
    id: 'bangyangThresholds',
    beforeDatasetsDraw(chart: Chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.lineWidth = 1;
      ctx.setLineDash([5, 4]);
      for (const { line, p } of positions(chart)) {
        ctx.strokeStyle = line.color;
        ctx.beginPath();
        if (options.axis === 'x') {
          ctx.moveTo(p, chartArea.top - 4);
          ctx.lineTo(p, chartArea.bottom);
        } else {
          ctx.moveTo(chartArea.left, p);
          ctx.lineTo(chartArea.right, p);
        }
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `${options.fontSize}px ${options.fontFamily}`;
      ctx.textBaseline = 'bottom';
      const placed = positions(chart);
      if (options.axis === 'y') {
        ctx.textAlign = 'left';
        for (const { line, p } of placed) {
          ctx.fillStyle = line.color;
          haloText(ctx, line.label, chartArea.left + 4, p - 2);
        }
        ctx.restore();
        return;
      }
      // Above the plot, left to right: full labels (优秀 ≥90) when they all fit, else grade names
      // alone, and a name that still collides is left out (the HTML legend names every grade).
      ctx.textAlign = 'center';
      const layout = (short: boolean) => {
        let lastEdge = -Infinity;
        let collided = false;
        const out: { text: string; x: number; color: string }[] = [];
        for (const { line, p } of placed) {
          const text = short ? line.label.split(' ')[0] : line.label;
          const width = ctx.measureText(text).width;
          const x = Math.min(p, chart.width - width / 2 - 2);
          if (x - width / 2 < lastEdge + 6) {
            collided = true;
            continue;
          }
          out.push({ text, x, color: line.color });
          lastEdge = x + width / 2;
        }
        return { out, collided };
      };
      const full = layout(false);
      for (const label of (full.collided ? layout(true) : full).out) {
        ctx.fillStyle = label.color;
        ctx.fillText(label.text, label.x, chartArea.top - 6);
      }
      ctx.restore();
    },
  };
}

export interface ValueLabelOptions {
  labels: string[];
  /** Which dataset's bars carry the labels (the last one: the end of a stack). */
  datasetIndex: number;
  color: string;
  fontSize: number;
  fontFamily: string;
  bold?: boolean;
  /** Vertical bars and line points: above (default) or below the point. */
  below?: boolean;
}

/** The value printed at the end of each bar (93.5, ↑3 …). */
export function valueLabelPlugin(options: ValueLabelOptions): Plugin {
  return {
    id: 'bangyangValueLabels',
    afterDatasetsDraw(chart: Chart) {
      const meta = chart.getDatasetMeta(options.datasetIndex);
      if (!meta || meta.hidden) return;
      const horizontal = chart.options.indexAxis === 'y';
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${options.bold ? 'bold ' : ''}${options.fontSize}px ${options.fontFamily}`;
      ctx.fillStyle = options.color;
      meta.data.forEach((element, index) => {
        const text = options.labels[index];
        if (!text) return;
        const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        if (horizontal) {
          const negative = x < base - 0.5;
          ctx.textAlign = negative ? 'right' : 'left';
          ctx.textBaseline = 'middle';
          haloText(ctx, text, negative ? x - 5 : x + 5, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = options.below ? 'top' : 'bottom';
          haloText(ctx, text, x, options.below ? y + 8 : y - 7);
        }
      });
      ctx.restore();
    },
  };
}
