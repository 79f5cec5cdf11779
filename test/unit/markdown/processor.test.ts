import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../src/markdown/processor.ts';
import { rehypeHeadingIds } from '../../../src/markdown/rehype-heading-ids.ts';
import { AUTOLINK_TRANSFORM, remarkAutolinkGuard } from '../../../src/markdown/remark-autolink-guard.ts';

const contentDir = mkdtempSync(join(tmpdir(), 'bangyang-md-'));
mkdirSync(join(contentDir, 'reports'));
writeFileSync(join(contentDir, 'reports', 'x.png'), '');
const file = pathToFileURL(join(contentDir, 'reports', 'a.md'));
const render = createMarkdownRenderer({ contentDir, base: '/sub/', remoteImages: false });
const html = async (md: string) => (await render(md, { fileURL: file })).code;

describe('Markdown processor (src/markdown/processor.ts)', () => {
  it('closes emphasis after Chinese punctuation', async () => {
    expect(await html('**记者：**这几年变化很大。')).toBe('<p><strong>记者：</strong>这几年变化很大。</p>');
  });

  it('links bare URLs and e-mail addresses (GFM autolink literals), and leaves text without them alone', async () => {
    expect(await html('详见 www.example.gov.cn 或 https://example.org/a，来信 office@example.gov.cn。')).toBe(
      '<p>详见 <a href="http://www.example.gov.cn">www.example.gov.cn</a> 或 <a href="https://example.org/a%EF%BC%8C%E6%9D%A5%E4%BF%A1">https://example.org/a，来信</a> <a href="mailto:office@example.gov.cn">office@example.gov.cn</a>。</p>',
    );
    expect(await html('WWW.EXAMPLE.CN')).toContain('<a href="http://WWW.EXAMPLE.CN">');
    expect(await html('没有网址的一段话：www 与 http 都不是链接。')).toBe('<p>没有网址的一段话：www 与 http 都不是链接。</p>');
  });

  it('wraps remark-gfm’s autolink transform, so a renamed transform fails here rather than going unguarded', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkAutolinkGuard).freeze();
    const transforms = (processor.data('fromMarkdownExtensions') as unknown[]).flat(Infinity).flatMap((e) => (e as { transforms?: Function[] }).transforms ?? []);
    expect(transforms.filter((t) => t.name === AUTOLINK_TRANSFORM)).toEqual([]);
    expect(transforms.filter((t) => (t as { guarded?: boolean }).guarded)).toHaveLength(1);
  });

  it('sanitizes raw HTML, and keeps what is allowed', async () => {
    const out = await html('<mark onclick="x()">重点</mark><script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n[链接](javascript:alert(1))');
    expect(out).toContain('<mark>重点</mark>');
    expect(out).not.toMatch(/onclick|<script|<iframe|javascript:/);
  });

  it('rewrites relative images to media/, builds figures, and links remote images', async () => {
    expect(await html('![图](./x.png "说明")')).toBe('<figure><img src="/sub/media/reports/x.png" alt="图" loading="lazy"><figcaption>说明</figcaption></figure>');
    expect(await html('![远程](https://example.org/p.png)')).toBe('<p><a href="https://example.org/p.png" class="remote-image" rel="noopener">［外部图片：远程］</a></p>');
    // inside a link: no link in a link (browsers would split them), the image's label in the outer one
    expect(await html('[![远程](https://example.org/p.png)](https://example.org/page)')).toBe('<p><a href="https://example.org/page"><span class="remote-image">［外部图片：远程］</span></a></p>');
  });

  it('gives headings ids and lists them, and labels footnotes in Chinese', async () => {
    const { code, metadata } = await render('## 考核 动真格\n\n正文[^1]。\n\n[^1]: 注释内容', { fileURL: file });
    expect(metadata.headings).toEqual([
      { depth: 2, slug: '考核-动真格', text: '考核 动真格' },
      { depth: 2, slug: 'footnote-label', text: '注释' },
    ]);
    expect(code).toContain('<h2 id="考核-动真格">考核 动真格</h2>');
    expect(code).toContain('aria-label="返回正文第 1 处引用"');
  });
});

describe('rehypeHeadingIds (src/markdown/rehype-heading-ids.ts)', () => {
  it('gives the ids and heading list Astro’s own plugin gives', async () => {
    const { rehypeHeadingIds: astros } = await import('@astrojs/markdown-remark');
    const markdown = [
      '# 总体 情况',
      '## 总体 情况',
      '## 预算{2011}与 `code{x}` 和 *强调*',
      '### <span>加粗</span> 标题',
      '<h2 id="own">自带 id</h2>',
      '#### English Title, with punctuation!',
      '## 总体 情况',
    ].join('\n\n');
    const run = async (plugin: typeof rehypeHeadingIds) => {
      const file = await unified()
        .use(remarkParse)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeRaw)
        .use(plugin)
        .use(rehypeStringify)
        .process(markdown);
      return { html: String(file.value), headings: (file.data as { astro?: { headings?: unknown } }).astro?.headings };
    };
    const ours = await run(rehypeHeadingIds);
    expect(ours).toEqual(await run(astros as unknown as typeof rehypeHeadingIds));
    expect(ours.html).toContain('<h2 id="预算2011与-codex-和-强调">');
  });
});
