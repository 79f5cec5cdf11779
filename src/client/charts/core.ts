/**
 * The chart.js parts the site uses, registered once (tree-shaken: no chart.js/auto, no tooltip or
 * legend plugin — legends are HTML beside the chart and the tooltip is ours), plus the options and
 * helpers every renderer shares.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import type { TooltipContent } from './types.ts';
import { attachTooltip, type TooltipHandle } from './tooltip.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

export { Chart };

/** Shows the category under the pointer; hides when the pointer leaves the plot area or the canvas. */
function tooltipPlugin(tooltip: TooltipHandle): Plugin {
  return {
    id: 'bangyangTooltip',
    afterEvent(chart, args) {
      const { event } = args;
      if (event.type === 'mouseout' || !args.inChartArea) return tooltip.update(undefined, 0, 0);
      tooltip.update(chart.getActiveElements()[0]?.index, event.x ?? 0, event.y ?? 0);
    },
  };
}

export interface RenderOptions {
  /** Base font size in CSS pixels (12 on pages; the lobby board uses ~22). */
  fontSize?: number;
  /** Animate the first draw; off by default when the reader asked for reduced motion. */
  animation?: boolean;
  /** Pointer tooltips (default); false for displays nobody touches (the lobby board): no listeners. */
  interactive?: boolean;
}

export interface ChartHandle {
  chart: Chart;
  destroy(): void;
}

export const textColor = '#3d3d3d';
export const mutedColor = '#6b6b6b';
export const gridColor = '#e9e3da';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The page's own font stack, so the chart reads like the text around it. */
export function fontFamilyOf(element: Element): string {
  return getComputedStyle(element).fontFamily || 'sans-serif';
}

export function fontOf(element: Element, size: number, weight: 'normal' | 'bold' = 'normal') {
  return { family: fontFamilyOf(element), size, weight } as const;
}

/** zh-CN numbers on axes: 0, 20, 40 … (no grouping, up to the given decimals). */
export function tickFormatter(decimals = 0, suffix = ''): (value: number | string) => string {
  const format = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: decimals, useGrouping: false });
  return (value) => `${format.format(Number(value))}${suffix}`;
}

/**
 * Creates the chart with the shared defaults and our HTML tooltip; `tooltips[i]` is shown for
 * category i. Returns a handle whose destroy() frees the chart, its listeners and the tooltip.
 */
export function createChart<T extends ChartType>(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<T>,
  tooltips: TooltipContent[],
  options: RenderOptions & { indexAxis?: 'x' | 'y' },
): ChartHandle {
  const size = options.fontSize ?? 12;
  const interactive = options.interactive ?? true;
  const tooltip = interactive ? attachTooltip(canvas, tooltips, size) : undefined;
  const animation = options.animation ?? !prefersReducedMotion();
  const chart: Chart = new Chart(canvas, {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animation ? { duration: 500 } : false,
      // Only pointer events we need; the tooltip follows the pointer over a whole category.
      events: interactive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
      interaction: { mode: 'index', intersect: false, axis: options.indexAxis ?? 'x' },
      ...config.options,
      font: fontOf(canvas, size),
      color: textColor,
    } as ChartConfiguration<T>['options'],
    plugins: [...(config.plugins ?? []), ...(tooltip ? [tooltipPlugin(tooltip) as Plugin<T>] : [])],
  }) as unknown as Chart;
  return {
    chart,
    destroy() {
      tooltip?.destroy();
      chart.destroy();
    },
  };
}

export type { Plugin };
