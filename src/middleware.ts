/**
 * During `npm run build`, hands every page Astro renders to the build process for the search
 * index (src/build/page-feed.ts), so that it is cut into records while Astro renders the rest,
 * instead of being read back and parsed after the build. Does nothing in dev or without the feed.
 */
import { defineMiddleware } from 'astro:middleware';
import { feedPage, pageFeedOpen, pageFeedWritten, pageFile } from './build/page-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!pageFeedOpen() || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes, not text: decoding the page here and encoding it again for Astro cost the render
  // 0.5 s at N = 4,000; the build process decodes it, on the other core.
  const html = new Uint8Array(await response.arrayBuffer());
  feedPage(pageFile(context.url.pathname, import.meta.env.BASE_URL), html);
  await pageFeedWritten();
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
