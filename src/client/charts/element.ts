/**
 * <bangyang-chart data-kind="ranking"> … <canvas> <script type="application/json"> … </bangyang-chart>
 *
 * The only chart code a page loads up front (a few hundred bytes): it waits until the chart is
 * about to scroll into view, then loads chart.js and the renderer for its kind (one lazily loaded
 * chunk, shared by every chart on the page) and draws the JSON built at build time. Removing the
 * element destroys its chart, so pages that swap content (the lobby board) do not leak.
 */
import type { ChartHandle } from './core.ts';
import type { ChartData, ChartKind } from './types.ts';

type Renderer = (canvas: HTMLCanvasElement, data: never) => ChartHandle;

const renderers: Record<ChartKind, () => Promise<Renderer>> = {
  ranking: () => import('./ranking.ts').then((m) => m.renderRankingChart as Renderer),
  indicators: () => import('./indicators.ts').then((m) => m.renderIndicatorsChart as Renderer),
  grades: () => import('./grades.ts').then((m) => m.renderGradesChart as Renderer),
  comparison: () => import('./comparison.ts').then((m) => m.renderComparisonChart as Renderer),
  trend: () => import('./trend.ts').then((m) => m.renderTrendChart as Renderer),
  profile: () => import('./profile.ts').then((m) => m.renderProfileChart as Renderer),
  overview: () => import('./overview.ts').then((m) => m.renderOverviewChart as Renderer),
};

export class BangyangChart extends HTMLElement {
  #observer?: IntersectionObserver;
  #handle?: ChartHandle;
  /** Bumped on every draw and disconnect, so a load that finishes too late draws nothing. */
  #generation = 0;

  connectedCallback() {
    if (typeof IntersectionObserver === 'undefined') {
      void this.draw();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        void this.draw();
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#generation++;
    this.#handle?.destroy();
    this.#handle = undefined;
    delete this.dataset.state;
  }

  /** Draws now (normally called when the element scrolls into view). */
  async draw(): Promise<void> {
    const generation = ++this.#generation;
    const canvas = this.querySelector('canvas');
    const source = this.querySelector('script[type="application/json"]');
    const load = renderers[this.dataset.kind as ChartKind];
    if (!canvas || !source || !load) return;
    try {
      const data = JSON.parse(source.textContent ?? '') as ChartData;
      const render = await load();
      if (generation !== this.#generation || !this.isConnected) return;
      this.#handle?.destroy();
      this.#handle = render(canvas, data as never);
      this.dataset.state = 'drawn';
    } catch (error) {
      this.dataset.state = 'failed';
      console.error('bangyang-chart: could not draw', this.dataset.kind, error);
    }
  }
}

if (!customElements.get('bangyang-chart')) customElements.define('bangyang-chart', BangyangChart);
