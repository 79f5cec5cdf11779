/**
 * The URL segment of a tag: the tag itself (percent-encoded later by joinUrl), with characters that
 * cannot live in one path segment (slashes, ?, #, %, whitespace) replaced by "-". Same input, same URL.
 */
export function tagSegment(tag: string): string {
  return tag.trim().normalize('NFC').replace(/[\s/\\?#%]+/gu, '-');
}
