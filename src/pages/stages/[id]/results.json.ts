// {base}stages/<id>/results.json: a stage's results with the scheme they were computed with.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign.ts';
import { stageDownloadInput, stagesWithDownloads } from '../../../downloads/campaign.ts';
import { stageResultsJson } from '../../../downloads/stage-results.ts';

export const getStaticPaths = (async () => {
  const campaign = await getCampaign();
  return stagesWithDownloads(campaign).map((stage) => ({ params: { id: stage.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const stage = campaign.stage(String(params.id))!;
  return new Response(stageResultsJson(stageDownloadInput(campaign, stage)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
