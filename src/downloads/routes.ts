import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaign } from '../data/campaign.ts';
import { stageDownloadInput, stagesWithDownloads, unitHistoryInput, unitsWithHistory } from './campaign.ts';
import type { StageDownloadInput } from './stage-results.ts';
import type { UnitHistoryInput } from './unit-history.ts';

export const csvType = 'text/csv; charset=utf-8';
export const jsonType = 'application/json; charset=utf-8';

/** A static download per assessed stage: `export const { getStaticPaths, GET } = stageDownload(…)`. */
export function stageDownload(serialise: (input: StageDownloadInput) => string, contentType: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => stagesWithDownloads(await getCampaign()).map((stage) => ({ params: { id: stage.id } })),
    GET: async ({ params }) => {
      const campaign = await getCampaign();
      return new Response(serialise(stageDownloadInput(campaign, campaign.stage(String(params.id))!)), { headers: { 'Content-Type': contentType } });
    },
  };
}

/** A static download per unit with at least one assessment. */
export function unitDownload(serialise: (input: UnitHistoryInput) => string, contentType: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => unitsWithHistory(await getCampaign()).map((unit) => ({ params: { id: unit.id } })),
    GET: async ({ params }) => {
      const campaign = await getCampaign();
      return new Response(serialise(unitHistoryInput(campaign, campaign.unit(String(params.id))!)), { headers: { 'Content-Type': contentType } });
    },
  };
}
