import type { CheckedContent } from '../content.ts';
import type { Locator } from '../parse.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

/** Stage dates in order; featured cases in site.yml exist. */
export function checkStages(content: CheckedContent, report: Report): void {
  for (const stage of content.stages) {
    const { start, end } = stage.data;
    if (start && end && start > end) {
      report.error(stage.file, stage.locate(['end'], 'value'), 'stage-dates', `end ${end} is before start ${start}`);
    }
  }
}

export function checkFeatured(content: CheckedContent, where: Locator | undefined, report: Report): void {
  const featured = content.site?.featured;
  if (!featured || !where) return;
  const { file: siteFile, locate } = where;
  const ids = new Set(content.cases.map((c) => c.id));
  featured.forEach((id, i) => {
    if (!ids.has(id)) report.error(siteFile, locate(['featured', i], 'value'), 'unknown-case', `unknown case "${id}"${didYouMean(id, ids)}`);
  });
}
