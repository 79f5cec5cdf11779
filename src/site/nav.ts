import { joinUrl } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** The main navigation, in order. */
export function mainNav(base: string): NavItem[] {
  return [
    { label: '首页', href: joinUrl(base) },
    { label: '系列报道', href: joinUrl(base, 'series') },
    { label: '报道', href: joinUrl(base, 'reports') },
    { label: '先进典型', href: joinUrl(base, 'cases') },
    { label: '单位', href: joinUrl(base, 'units') },
    { label: '考核阶段', href: joinUrl(base, 'stages') },
    { label: '归档', href: joinUrl(base, 'archive') },
    { label: '标签', href: joinUrl(base, 'tags') },
    { label: '搜索', href: joinUrl(base, 'search') },
  ];
}

const normalize = (path: string) => {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep it
  }
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
};

/**
 * `aria-current` for a nav link on the page at `pathname`: "page" on the exact page, "true" inside
 * its section (a report under 报道), nothing otherwise. The home link is only ever current on home.
 */
export function navCurrent(href: string, pathname: string, base: string): 'page' | 'true' | undefined {
  const here = normalize(pathname);
  const target = normalize(href);
  if (here === target) return 'page';
  if (target === normalize(base)) return undefined;
  return here.startsWith(target) ? 'true' : undefined;
}
