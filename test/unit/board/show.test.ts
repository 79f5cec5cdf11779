import { describe, expect, it } from 'vitest';
import { checkBuildId, elapsed, initialState, progress, step, timeLeft, wrap, type ShowEvent, type ShowState } from '../../../src/client/board/show.ts';
import { limits, parseBoardParams, withSlide } from '../../../src/client/board/params.ts';

const start = (count = 5, startIndex = 0) => initialState({ count, intervalMs: 10_000, startIndex, now: 1000 });

/** Run events at given times; returns the final state and the effects in order. */
function run(state: ShowState, events: [number, ShowEvent][]) {
  const effects: string[] = [];
  for (const [now, event] of events) {
    const result = step(state, event, now);
    state = result.state;
    effects.push(result.effect);
  }
  return { state, effects };
}

describe('the slideshow state machine', () => {
  it('wraps indices both ways', () => {
    expect([wrap(5, 5), wrap(-1, 5), wrap(-6, 5), wrap(12, 5)]).toEqual([0, 4, 4, 2]);
  });

  it('starts at the requested slide, wrapped into range, with a full interval ahead', () => {
    expect(start(5, 2).index).toBe(2);
    expect(start(5, 7).index).toBe(2);
    expect(timeLeft(start(), 1000)).toBe(10_000);
    expect(initialState({ count: 0, intervalMs: 1000, now: 0 }).count).toBe(1);
  });

  it('next and prev wrap around and restart the slide time', () => {
    const { state, effects } = run(start(3), [
      [2000, { type: 'next' }],
      [3000, { type: 'next' }],
      [4000, { type: 'next' }],
    ]);
    expect(state.index).toBe(0);
    expect(effects).toEqual(['show', 'show', 'show']);
    expect(timeLeft(state, 4000)).toBe(10_000);
    expect(run(start(3), [[2000, { type: 'prev' }]]).state.index).toBe(2);
    expect(run(start(3), [[2000, { type: 'goto', index: -1 }]]).state.index).toBe(2);
  });

  it('advances on the timer only once the interval has passed', () => {
    let state = start(3);
    const early = step(state, { type: 'tick' }, 10_990);
    expect(early.effect).toBe('none');
    expect(timeLeft(early.state, 10_990)).toBe(10);
    const due = step(state, { type: 'tick' }, 11_000);
    expect(due.effect).toBe('show');
    expect(due.state.index).toBe(1);
    expect(due.state.startedAt).toBe(11_000);
    // A late timer (throttled tab) still moves one slide, and the next slide gets its full time.
    state = step(state, { type: 'tick' }, 50_000).state;
    expect(state.index).toBe(1);
    expect(timeLeft(state, 50_000)).toBe(10_000);
  });

  it('pause freezes the time left; resume continues where it stopped', () => {
    const { state, effects } = run(start(), [
      [4000, { type: 'toggle-pause' }], // 3 s shown
      [60_000, { type: 'tick' }], // a stray timer while paused changes nothing
    ]);
    expect(effects).toEqual(['pause-changed', 'none']);
    expect(state.paused).toBe(true);
    expect(timeLeft(state, 60_000)).toBe(Infinity);
    expect(elapsed(state, 60_000)).toBe(3000);
    expect(progress(state, 99_999)).toBeCloseTo(0.3);
    const resumed = step(state, { type: 'toggle-pause' }, 100_000);
    expect(resumed.effect).toBe('pause-changed');
    expect(resumed.state.paused).toBe(false);
    expect(timeLeft(resumed.state, 100_000)).toBe(7000);
    expect(step(resumed.state, { type: 'tick' }, 107_000).state.index).toBe(1);
  });

  it('pausing twice or resuming a running show does nothing', () => {
    expect(step(start(), { type: 'resume' }, 2000).effect).toBe('none');
    const paused = step(start(), { type: 'pause' }, 2000).state;
    expect(step(paused, { type: 'pause' }, 3000)).toEqual({ state: paused, effect: 'none' });
  });

  it('keys still move a paused show, which stays paused with a fresh slide time', () => {
    const { state } = run(start(), [
      [5000, { type: 'pause' }],
      [8000, { type: 'next' }],
    ]);
    expect(state).toMatchObject({ index: 1, paused: true, elapsedAtPause: 0 });
    expect(timeLeft(step(state, { type: 'resume' }, 20_000).state, 20_000)).toBe(10_000);
  });

  it('after a redeploy, reloads at the next automatic slide change, not before', () => {
    const { state, effects } = run(start(), [
      [2000, { type: 'build-changed' }],
      [5000, { type: 'tick' }],
      [6000, { type: 'next' }], // someone at the keys: no reload in their face
      [16_000, { type: 'tick' }],
    ]);
    expect(effects).toEqual(['none', 'none', 'show', 'reload']);
    expect(state.reloadPending).toBe(true);
    expect(state.index).toBe(1);
  });

  it('a paused show never reloads by itself', () => {
    const { effects } = run(start(), [
      [2000, { type: 'pause' }],
      [3000, { type: 'build-changed' }],
      [90_000, { type: 'tick' }],
    ]);
    expect(effects).toEqual(['pause-changed', 'none', 'none']);
  });

  it('thousands of changes keep the state the same size', () => {
    let state = start(10);
    for (let i = 0; i < 5000; i++) state = step(state, { type: 'tick' }, 1000 + (i + 1) * 10_000).state;
    expect(state.index).toBe(5000 % 10);
    expect(Object.keys(state)).toHaveLength(7);
  });
});

describe('build-id checks', () => {
  it('remembers the first id and reports any later different one', () => {
    let result = checkBuildId({}, 'a');
    expect(result).toEqual({ watch: { known: 'a' }, changed: false });
    result = checkBuildId(result.watch, 'a');
    expect(result.changed).toBe(false);
    expect(checkBuildId(result.watch, 'b')).toEqual({ watch: { known: 'a' }, changed: true });
  });

  it('a failed fetch changes nothing', () => {
    expect(checkBuildId({}, undefined)).toEqual({ watch: {}, changed: false });
    expect(checkBuildId({ known: 'a' }, undefined)).toEqual({ watch: { known: 'a' }, changed: false });
  });
});

describe('URL parameters', () => {
  const defaults = { interval: 12, refresh: 300 };

  it('uses site.yml settings without parameters', () => {
    expect(parseBoardParams('', defaults, 10)).toEqual({ startIndex: 0, intervalMs: 12_000, refreshMs: 300_000 });
  });

  it('reads ?slide (1-based, clamped), ?interval and ?refresh in seconds', () => {
    expect(parseBoardParams('?slide=3&interval=2&refresh=5', defaults, 10)).toEqual({ startIndex: 2, intervalMs: 2000, refreshMs: 5000 });
    expect(parseBoardParams('?slide=99', defaults, 10).startIndex).toBe(9);
    expect(parseBoardParams('?slide=0', defaults, 10).startIndex).toBe(0);
  });

  it('allows tiny intervals for tests but not below the floor; ignores nonsense', () => {
    expect(parseBoardParams('?interval=0.05', defaults, 10).intervalMs).toBe(limits.interval.min * 1000);
    expect(parseBoardParams('?interval=0.001', defaults, 10).intervalMs).toBe(50);
    expect(parseBoardParams('?interval=abc&refresh=-3&slide=x', defaults, 10)).toEqual({ startIndex: 0, intervalMs: 12_000, refreshMs: 300_000 });
  });

  it('sets the start slide in a URL, other parameters kept', () => {
    expect(withSlide('http://h/sub/board/?interval=2&slide=1', 4)).toBe('http://h/sub/board/?interval=2&slide=5');
  });
});
