import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
const src = '/work/shared/corpus/weekly/reports';
const out = process.argv[2];
const md = await createMarkdownProcessor({ syntaxHighlight: false });
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const t0 = Date.now();
for (const f of (await readdir(src)).filter((f) => f.endsWith('.md')).sort()) {
  const raw = await readFile(`${src}/${f}`, 'utf8');
  const { frontmatter, content } = parseFrontmatter(raw);
  const { code } = await md.render(content);
  const title = String(frontmatter.title ?? f);
  const year = frontmatter.date ? [String(new Date(frontmatter.date as string).getUTCFullYear())] : [];
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><nav><a href="/">首页</a></nav><main data-search-type="report" data-search-title="${esc(title)}" data-search-filters='${esc(JSON.stringify({ year }))}'><h1>${esc(title)}</h1>${code}</main></body></html>`;
  const dir = `${out}/reports/${f.replace(/\.md$/, '')}`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/index.html`, html);
}
console.log('gen', Date.now() - t0, 'ms');
