// {base}units/<id>/history.json: a unit's results across stages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign.ts';
import { unitHistoryInput, unitsWithHistory } from '../../../downloads/campaign.ts';
import { unitHistoryJson } from '../../../downloads/unit-history.ts';

export const getStaticPaths = (async () => {
  const campaign = await getCampaign();
  return unitsWithHistory(campaign).map((unit) => ({ params: { id: unit.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const unit = campaign.unit(String(params.id))!;
  return new Response(unitHistoryJson(unitHistoryInput(campaign, unit)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
