import type { TooltipContent } from './types.ts';

export interface TooltipHandle {
  /** Shows the content of category `index` next to (x, y) in canvas pixels; undefined hides it. */
  update(index: number | undefined, x: number, y: number): void;
  destroy(): void;
}

/**
 * A small HTML tooltip over the canvas (instead of chart.js's Tooltip plugin): the text is built at
 * build time, so it only places it. It is decorative for screen readers: the data table beside the
 * chart holds the same values.
 */
export function attachTooltip(canvas: HTMLCanvasElement, contents: TooltipContent[], fontSize: number): TooltipHandle {
  const host = canvas.parentElement ?? canvas;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.style.fontSize = `${Math.max(12, fontSize + 1)}px`;
  tip.hidden = true;
  host.append(tip);
  let shown: number | undefined;

  return {
    update(index, x, y) {
      const content = index === undefined ? undefined : contents[index];
      if (!content) {
        tip.hidden = true;
        shown = undefined;
        return;
      }
      if (shown !== index) {
        shown = index;
        const title = document.createElement('strong');
        title.textContent = content.title;
        tip.replaceChildren(title, ...content.lines.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
      }
      tip.hidden = false;
      const offset = 14;
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const left = x + offset + width > host.clientWidth ? Math.max(0, x - offset - width) : x + offset;
      const top = Math.min(Math.max(0, y - height / 2), Math.max(0, host.clientHeight - height));
      tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    destroy() {
      tip.remove();
    },
  };
}
