import { resolve } from 'node:path';

/**
 * Settings handed from the command scripts to Astro through the environment, because Astro loads
 * its config and content config in its own module graph.
 */
export function contentDir(): string {
  return resolve(process.env.BANGYANG_CONTENT ?? 'content');
}

/** The sub-path the site is served under, always with leading and trailing slash. */
export function basePath(): string {
  const raw = process.env.BANGYANG_BASE ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
