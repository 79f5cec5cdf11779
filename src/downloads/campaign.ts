/** Adapters from the campaign to the download serialisers (type-only campaign import: stays pure). */
import type { Campaign, StageInfo, UnitInfo } from '../data/campaign.ts';
import { stageDecimals, type StageDownloadInput } from './stage-results.ts';
import type { UnitHistoryEntry, UnitHistoryInput } from './unit-history.ts';

type CampaignView = Pick<Campaign, 'unit' | 'stage' | 'stages' | 'units' | 'trend'>;

/** Stages that have a results download (those with results). */
export function stagesWithDownloads(campaign: CampaignView): StageInfo[] {
  return campaign.stages.filter((stage) => stage.results && stage.scoring);
}

export function stageDownloadInput(campaign: CampaignView, stage: StageInfo): StageDownloadInput {
  if (!stage.results || !stage.scoring) throw new Error(`stage ${stage.id} has no results`);
  return { stage: stage.id, title: stage.entry.data.title, scoring: stage.scoring, results: stage.results, unitName: (id) => campaign.unit(id)?.name ?? id };
}

export function unitHistoryInput(campaign: CampaignView, unit: UnitInfo): UnitHistoryInput {
  const entries: UnitHistoryEntry[] = [];
  let decimals = 0;
  for (const point of campaign.trend(unit.id)) {
    const stage = campaign.stage(point.stage);
    const row = stage?.results?.rows.find((r) => r.unit === unit.id);
    if (!stage?.scoring || !stage.results || !row) continue;
    entries.push({ point, row, scoring: stage.scoring });
    decimals = Math.max(decimals, stageDecimals(stage.results));
  }
  return { unit: unit.id, name: unit.name, entries, decimals };
}

/** Units that have a history download: those assessed in at least one stage. */
export function unitsWithHistory(campaign: CampaignView): UnitInfo[] {
  return campaign.units.filter((unit) => campaign.trend(unit.id).length > 0);
}
