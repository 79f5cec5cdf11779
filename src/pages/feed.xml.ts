import type { APIRoute } from 'astro';
import { getCampaign } from '../data/campaign.ts';
import { atomFeed } from '../site/feed.ts';
import { fileUrl, joinUrl } from '../site/urls.ts';

/** `/feed.xml`: the reports as an Atom feed. Deterministic; updated = the newest report's date. */
export const GET: APIRoute = async () => {
  const campaign = await getCampaign();
  const base = import.meta.env.BASE_URL;
  const body = atomFeed({
    title: campaign.site.title,
    subtitle: campaign.site.description,
    author: campaign.site.organization,
    base,
    self: fileUrl(base, 'feed.xml'),
    entries: campaign.reports.map((r) => ({
      key: `reports/${r.id}`,
      title: r.entry.data.title,
      href: joinUrl(base, 'reports', r.id),
      date: r.entry.data.date,
      summary: r.entry.data.lead,
      author: r.entry.data.author,
      categories: r.entry.data.tags,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
