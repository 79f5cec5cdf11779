import { createHash } from 'node:crypto';

export interface FeedEntry {
  /** Stable key used for the entry id (e.g. `reports/<id>`). */
  key: string;
  title: string;
  /** Base-relative or path-absolute href. */
  href: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary?: string;
  author?: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  subtitle?: string;
  author: string;
  /** The site base (`/bangyang/`), used as `xml:base` and the alternate link. */
  base: string;
  /** Path-absolute href of the feed itself. */
  self: string;
  /** Newest first. */
  entries: FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A name-based UUID (version 5 layout over SHA-1): the same key always gives the same id. */
export function stableUuid(key: string): string {
  const hash = createHash('sha1').update(`bangyang:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 3339 timestamp for a calendar date, at midnight China Standard Time. */
export function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/**
 * An Atom 1.0 document. Deterministic: no build time, `<updated>` is the newest entry's date. Links
 * are path-absolute (a static build does not know its origin); `xml:base` repeats the site base.
 */
export function atomFeed(feed: Feed): string {
  const newest = feed.entries.reduce<string | undefined>((max, e) => (!max || e.date > max ? e.date : max), undefined) ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN" xml:base="${escapeXml(feed.base)}">`,
    `  <id>${stableUuid(`feed:${feed.title}`)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
  ];
  if (feed.subtitle) lines.push(`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`);
  lines.push(
    `  <updated>${atomDate(newest)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.base)}"/>`,
  );
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${stableUuid(entry.key)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>`,
      `    <published>${atomDate(entry.date)}</published>`,
      `    <updated>${atomDate(entry.date)}</updated>`,
    );
    if (entry.author) lines.push(`    <author><name>${escapeXml(entry.author)}</name></author>`);
    for (const term of entry.categories ?? []) lines.push(`    <category term="${escapeXml(term)}"/>`);
    if (entry.summary) lines.push(`    <summary>${escapeXml(entry.summary)}</summary>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
