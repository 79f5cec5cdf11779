// {base}stages/<id>/results.csv: a stage's results for Excel/WPS (UTF-8 with BOM, CRLF).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign.ts';
import { stageDownloadInput, stagesWithDownloads } from '../../../downloads/campaign.ts';
import { stageResultsCsv } from '../../../downloads/stage-results.ts';

export const getStaticPaths = (async () => {
  const campaign = await getCampaign();
  return stagesWithDownloads(campaign).map((stage) => ({ params: { id: stage.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const stage = campaign.stage(String(params.id))!;
  return new Response(stageResultsCsv(stageDownloadInput(campaign, stage)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
