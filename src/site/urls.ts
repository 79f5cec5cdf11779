/**
 * Every URL the site emits goes through here, so a site built with `--base /sub/` links correctly
 * everywhere. Ids may be Chinese: segments are percent-encoded, which browsers and servers agree on
 * and which stays the same from build to build.
 */
export function joinUrl(base: string, ...segments: string[]): string {
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  return `${base}${path}${path ? '/' : ''}`;
}

/** URL of a file (not a page) under the base; the last segment keeps its extension. */
export function fileUrl(base: string, ...segments: string[]): string {
  return `${base}${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}

/** Where a content file next to the Markdown (an image, a PDF) is served from. */
export function mediaUrl(relativeToContent: string, base: string): string {
  return fileUrl(base, 'media', ...relativeToContent.split('/'));
}

const collectionFolders = ['reports', 'cases', 'series', 'stages'] as const;

/** Page URL for a Markdown file given its path relative to the content folder (links between files). */
export function pageUrlForContentFile(relativeToContent: string, base: string): string {
  const [folder] = relativeToContent.split('/');
  const name = relativeToContent.split('/').pop()!.replace(/\.(md|markdown)$/i, '').normalize('NFC');
  if ((collectionFolders as readonly string[]).includes(folder)) return joinUrl(base, folder, name);
  return base;
}
