// @ts-check
import { defineConfig } from 'astro/config';
import { basePath, contentDir } from './src/site-config.ts';
import { bangyangMarkdown, siteMarkdownOptions } from './src/markdown/processor.ts';
import { bangyangIntegration } from './src/integration/index.ts';

const base = basePath();
const content = contentDir();

export default defineConfig({
  base,
  trailingSlash: 'always',
  // One page at a time (Astro's default, pinned): the search index is fed pages in the order they
  // render (src/search/live-index.ts), and that order must be the same every build.
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never', concurrency: 1 },
  // No telemetry, no prefetching from other hosts: the site must work on an intranet.
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    syntaxHighlight: false,
    // unified (remark/rehype) with sanitizing and CJK-friendly emphasis: src/markdown/processor.ts
    processor: bangyangMarkdown(siteMarkdownOptions()),
  },
  integrations: [bangyangIntegration({ contentDir: content })],
  vite: {
    // Lobby screens and office PCs often run older Chromium-based browsers (统信/麒麟/360); below
    // Chromium 100 class fields would be down-levelled, adding ~10 KB gzip to every chart page.
    build: { assetsInlineLimit: 0, target: ['chrome100', 'edge100'] },
    // A build running beside `npm run dev` writes thousands of pages into .bangyang/ (staging) and
    // dist*/ (output); watching them made the dev server reload the open page over and over.
    server: { watch: { ignored: ['**/.bangyang/**', '**/dist/**', '**/dist.*/**'] } },
  },
});
