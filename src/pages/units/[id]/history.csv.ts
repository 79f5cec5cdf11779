// {base}units/<id>/history.csv: a unit's results across stages (UTF-8 with BOM, CRLF).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../../../data/campaign.ts';
import { unitHistoryInput, unitsWithHistory } from '../../../downloads/campaign.ts';
import { unitHistoryCsv } from '../../../downloads/unit-history.ts';

export const getStaticPaths = (async () => {
  const campaign = await getCampaign();
  return unitsWithHistory(campaign).map((unit) => ({ params: { id: unit.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const campaign = await getCampaign();
  const unit = campaign.unit(String(params.id))!;
  return new Response(unitHistoryCsv(unitHistoryInput(campaign, unit)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
