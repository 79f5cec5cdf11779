/**
 * The slideshow as a pure state machine: every decision the board makes (which slide, when the
 * next change is due, whether to reload) is made here from the state, an event and the time, so it
 * can be tested without a browser or a clock. The DOM side (main.ts) only dispatches events and
 * applies the effect.
 */

export interface ShowState {
  /** Number of slides (>= 1). */
  count: number;
  /** The current slide, 0-based. */
  index: number;
  /** Milliseconds each slide stays. */
  intervalMs: number;
  paused: boolean;
  /** The time the current slide's timer would have started had it never been paused. */
  startedAt: number;
  /** While paused: how long the current slide had been shown when the pause began. */
  elapsedAtPause: number;
  /** The site was redeployed: reload at the next automatic slide change. */
  reloadPending: boolean;
}

export type ShowEvent =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'goto'; index: number }
  | { type: 'toggle-pause' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** The timer fired. */
  | { type: 'tick' }
  /** The build id on the server differs from the one the page was loaded with. */
  | { type: 'build-changed' };

/**
 * What the page must do after an event: `show` the (new) current slide, `pause-changed` to update
 * the badge and the progress bar, `reload` the page, or nothing.
 */
export type ShowEffect = 'none' | 'show' | 'pause-changed' | 'reload';

export interface Step {
  state: ShowState;
  effect: ShowEffect;
}

/** Wrap any integer into 0 … count-1. */
export function wrap(index: number, count: number): number {
  return ((index % count) + count) % count;
}

export function initialState(options: { count: number; intervalMs: number; startIndex?: number; now: number }): ShowState {
  const count = Math.max(1, Math.floor(options.count));
  return {
    count,
    index: wrap(Math.floor(options.startIndex ?? 0), count),
    intervalMs: options.intervalMs,
    paused: false,
    startedAt: options.now,
    elapsedAtPause: 0,
    reloadPending: false,
  };
}

/** How long the current slide has been shown (pauses excluded). */
export function elapsed(state: ShowState, now: number): number {
  return state.paused ? state.elapsedAtPause : Math.max(0, now - state.startedAt);
}

/** Milliseconds until the next automatic change; Infinity while paused (no timer is needed). */
export function timeLeft(state: ShowState, now: number): number {
  if (state.paused) return Infinity;
  return Math.max(0, state.intervalMs - elapsed(state, now));
}

/** 0 … 1: how far the current slide is through its interval (the progress bar). */
export function progress(state: ShowState, now: number): number {
  return state.intervalMs > 0 ? Math.min(1, elapsed(state, now) / state.intervalMs) : 1;
}

function show(state: ShowState, index: number, now: number): Step {
  // A manual change restarts the slide's time; a paused board stays paused on the new slide.
  return { state: { ...state, index: wrap(index, state.count), startedAt: now, elapsedAtPause: 0 }, effect: 'show' };
}

export function step(state: ShowState, event: ShowEvent, now: number): Step {
  switch (event.type) {
    case 'next':
      return show(state, state.index + 1, now);
    case 'prev':
      return show(state, state.index - 1, now);
    case 'goto':
      return show(state, event.index, now);
    case 'toggle-pause':
      return step(state, { type: state.paused ? 'resume' : 'pause' }, now);
    case 'pause':
      if (state.paused) return { state, effect: 'none' };
      return { state: { ...state, paused: true, elapsedAtPause: elapsed(state, now) }, effect: 'pause-changed' };
    case 'resume':
      if (!state.paused) return { state, effect: 'none' };
      return { state: { ...state, paused: false, startedAt: now - state.elapsedAtPause, elapsedAtPause: 0 }, effect: 'pause-changed' };
    case 'build-changed':
      return { state: state.reloadPending ? state : { ...state, reloadPending: true }, effect: 'none' };
    case 'tick': {
      // Timers may fire a little early or very late (a busy or throttled tab): decide from the clock.
      if (timeLeft(state, now) > 0) return { state, effect: 'none' };
      if (state.reloadPending) return { state, effect: 'reload' };
      return show(state, state.index + 1, now);
    }
  }
}

/** Build-id polling: the first id seen is the page's own; any later different id means a redeploy. */
export interface BuildWatch {
  known?: string;
}

/**
 * Given the id just fetched (undefined when the fetch failed or the file was unreadable), the new
 * watch state and whether the site changed. A failed fetch changes nothing: try again next time.
 */
export function checkBuildId(watch: BuildWatch, fetched: string | undefined): { watch: BuildWatch; changed: boolean } {
  if (!fetched) return { watch, changed: false };
  if (watch.known === undefined) return { watch: { known: fetched }, changed: false };
  return { watch, changed: fetched !== watch.known };
}
