/**
 * URL parameters of the board page, parsed purely: `?slide=N` (1-based start slide),
 * `?interval=S` (seconds per slide) and `?refresh=S` (seconds between build-id checks).
 * Overrides may go below site.yml's minimums (for tests and tuning) but never below a floor that
 * keeps the browser responsive.
 */

export const limits = {
  interval: { min: 0.05, max: 3600 },
  refresh: { min: 0.5, max: 86400 },
} as const;

export interface BoardParams {
  /** 0-based. */
  startIndex: number;
  intervalMs: number;
  refreshMs: number;
}

function number(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function parseBoardParams(search: string, defaults: { interval: number; refresh: number }, count: number): BoardParams {
  const params = new URLSearchParams(search);
  const slide = number(params, 'slide');
  const interval = number(params, 'interval');
  const refresh = number(params, 'refresh');
  return {
    startIndex: slide === undefined ? 0 : clamp(Math.floor(slide), 1, Math.max(1, count)) - 1,
    intervalMs: Math.round(clamp(interval !== undefined && interval > 0 ? interval : defaults.interval, limits.interval.min, limits.interval.max) * 1000),
    refreshMs: Math.round(clamp(refresh !== undefined && refresh > 0 ? refresh : defaults.refresh, limits.refresh.min, limits.refresh.max) * 1000),
  };
}

/** The same page starting at another slide (1-based in the URL), other parameters kept. */
export function withSlide(href: string, index: number): string {
  const url = new URL(href);
  url.searchParams.set('slide', String(index + 1));
  return url.toString();
}
