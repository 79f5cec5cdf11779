/** The id of a Markdown entry: its `slug` if given, else the file name without extension (never the folder). */
export function entryIdOf(filePath: string, data?: { slug?: unknown }): string {
  if (data && typeof data.slug === 'string' && data.slug.trim() !== '') return data.slug.trim();
  const base = filePath.replace(/\\/g, '/').split('/').pop() ?? filePath;
  return base.replace(/\.(md|markdown)$/i, '').normalize('NFC');
}

/** The stage id a scores file belongs to: its file name without `.csv`. */
export function stageIdOfScoresFile(filePath: string): string {
  const base = filePath.replace(/\\/g, '/').split('/').pop() ?? filePath;
  return base.replace(/\.csv$/i, '').normalize('NFC');
}
