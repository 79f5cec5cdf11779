/**
 * The lobby board in the browser. Slides are already in the page (rendered at build time); this
 * shows one at a time, advances on one setTimeout chain, answers the keys, draws the ranking chart
 * only while its slide is shown, and reloads at a slide boundary after a redeploy.
 *
 * Written to run for days: a fixed set of listeners added once, one pending slide timer, one pending
 * build-id check, one cursor timer, no DOM created per slide change (the chart is destroyed on leave).
 * Plain ES2020 and long-standing DOM APIs only (domestic Chromium-based browsers).
 */
import type { BoardData, RankingSlide } from '../../components/board/slides.ts';
import { parseBoardParams, withSlide } from './params.ts';
import { renderRankingChart, type ChartHandle } from '../charts/ranking.ts';
import { checkBuildId, initialState, step, timeLeft, type BuildWatch, type ShowEvent, type ShowState } from './show.ts';

const cursorIdleMs = 3000;
const fetchTimeoutMs = 10000;

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-board]');
  const dataScript = document.getElementById('board-data');
  if (!root || !dataScript) return;
  const data = JSON.parse(dataScript.textContent || '{}') as BoardData;
  const slideEls = Array.prototype.slice.call(root.querySelectorAll('[data-slide]')) as HTMLElement[];
  if (slideEls.length === 0) return;
  const counter = root.querySelector<HTMLElement>('[data-counter]');
  const bar = root.querySelector<HTMLElement>('[data-progress]');
  const buildIdUrl = root.dataset.buildId || 'build-id.json';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const params = parseBoardParams(location.search, data.settings, slideEls.length);
  let state: ShowState = initialState({ count: slideEls.length, intervalMs: params.intervalMs, startIndex: params.startIndex, now: performance.now() });
  let slideTimer = 0;
  let shownIndex = -1;
  let chart: ChartHandle | undefined;
  let progressAnimation: Animation | undefined;

  // ----- drawing the current slide -----

  function leave(index: number): void {
    const el = slideEls[index];
    if (!el) return;
    el.classList.remove('is-current');
    el.setAttribute('aria-hidden', 'true');
    if (chart) {
      chart.destroy();
      chart = undefined;
    }
  }

  function enter(index: number): void {
    const el = slideEls[index];
    el.classList.add('is-current');
    el.removeAttribute('aria-hidden');
    const slide = data.slides[index];
    if (slide && slide.kind === 'ranking') drawRanking(el, slide);
    if (counter) counter.textContent = `${index + 1} / ${slideEls.length}`;
    root!.dataset.current = String(index + 1);
    root!.dataset.kind = slide ? slide.kind : '';
  }

  function drawRanking(el: HTMLElement, slide: RankingSlide): void {
    const canvas = el.querySelector<HTMLCanvasElement>('canvas');
    const box = canvas && canvas.parentElement;
    if (!canvas || !box || !slide.chart) return;
    // Type scales with the room each bar gets, so 5 or 20 units and a 4K screen all stay readable.
    const rows = Math.max(slide.chart.rows.length, 5);
    const fontSize = Math.round(Math.max(14, Math.min((box.clientHeight / (rows + 3)) * 0.55, box.clientWidth / 34)));
    chart = renderRankingChart(canvas, slide.chart, {
      fontSize,
      interactive: false,
      animation: !reducedMotion && state.intervalMs >= 2000,
    });
  }

  function restartProgress(): void {
    if (!bar) return;
    if (progressAnimation) progressAnimation.cancel();
    progressAnimation = undefined;
    if (typeof bar.animate !== 'function') return;
    progressAnimation = bar.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], { duration: state.intervalMs, easing: 'linear', fill: 'forwards' });
    if (state.paused) progressAnimation.pause();
  }

  function showCurrent(): void {
    if (shownIndex !== state.index) {
      if (shownIndex >= 0) leave(shownIndex);
      enter(state.index);
      shownIndex = state.index;
    }
    restartProgress();
  }

  function showPause(): void {
    root!.classList.toggle('is-paused', state.paused);
    if (progressAnimation) {
      if (state.paused) progressAnimation.pause();
      else progressAnimation.play();
    }
  }

  // ----- the one timer chain -----

  function schedule(): void {
    window.clearTimeout(slideTimer);
    slideTimer = 0;
    const left = timeLeft(state, performance.now());
    if (left !== Infinity) slideTimer = window.setTimeout(onTimer, left);
  }

  function onTimer(): void {
    slideTimer = 0;
    dispatch({ type: 'tick' });
  }

  function reload(): void {
    window.clearTimeout(slideTimer);
    // Come back on the slide that would have been next, as if nothing happened.
    try {
      history.replaceState(history.state, '', withSlide(location.href, (state.index + 1) % state.count));
    } catch {
      // a sandboxed page may refuse; reloading at the same URL is fine too
    }
    location.reload();
  }

  function dispatch(event: ShowEvent): void {
    const result = step(state, event, performance.now());
    state = result.state;
    if (result.effect === 'reload') return reload();
    if (result.effect === 'show') showCurrent();
    if (result.effect === 'pause-changed') showPause();
    if (result.effect !== 'none' || event.type === 'tick') schedule();
  }

  // ----- keys, cursor -----

  window.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    let action: ShowEvent | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        action = { type: 'next' };
        break;
      case 'ArrowLeft':
      case 'PageUp':
        action = { type: 'prev' };
        break;
      case ' ':
      case 'Spacebar':
        action = { type: 'toggle-pause' };
        break;
      case 'Home':
        action = { type: 'goto', index: 0 };
        break;
      case 'End':
        action = { type: 'goto', index: slideEls.length - 1 };
        break;
    }
    if (!action) return;
    event.preventDefault();
    dispatch(action);
  });

  let cursorTimer = 0;
  function hideCursorLater(): void {
    root!.classList.remove('cursor-hidden');
    window.clearTimeout(cursorTimer);
    cursorTimer = window.setTimeout(() => root!.classList.add('cursor-hidden'), cursorIdleMs);
  }
  window.addEventListener('mousemove', hideCursorLater, { passive: true });
  root.classList.add('cursor-hidden');

  // ----- redeploy detection -----

  let watch: BuildWatch = {};
  let checking = false;
  function checkBuild(): void {
    if (checking) return;
    checking = true;
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const abortTimer = window.setTimeout(() => controller && controller.abort(), fetchTimeoutMs);
    fetch(buildIdUrl, { cache: 'no-store', signal: controller ? controller.signal : undefined })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body: unknown) => {
        const id = body && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : undefined;
        const result = checkBuildId(watch, id);
        watch = result.watch;
        root!.classList.toggle('is-offline', id === undefined);
        if (result.changed) dispatch({ type: 'build-changed' });
      })
      .catch(() => {
        // The server is briefly unreachable: keep showing what we have, try again next time.
        root!.classList.add('is-offline');
      })
      .then(() => {
        window.clearTimeout(abortTimer);
        checking = false;
        window.setTimeout(checkBuild, params.refreshMs);
      });
  }

  // ----- go -----

  // The page arrives showing the first slide (for a board without script); start from a clean slate.
  for (const el of slideEls) {
    el.classList.remove('is-current');
    el.setAttribute('aria-hidden', 'true');
  }
  root.classList.add('is-running');
  showCurrent();
  showPause();
  schedule();
  checkBuild();
}

start();
