import { siteSchema, type Site } from '../model/site.ts';
import { loadYamlFile } from './files.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** site.yml for config-time decisions (Markdown options); content errors are `check`'s to report. */
export function readSiteSettings(contentDir: string): Site {
  const file = join(contentDir, 'site.yml');
  const parsed = siteSchema.safeParse(existsSync(file) ? (loadYamlFile(file).data ?? {}) : {});
  return parsed.success ? parsed.data : siteSchema.parse({ title: '榜样', organization: '—' });
}
