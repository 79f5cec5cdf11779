/**
 * Adapters from the campaign (src/data/campaign.ts) to the chart builders' plain inputs. Type-only
 * imports of the campaign, so this stays pure and testable without Astro.
 */
import type { Campaign, StageInfo, UnitInfo } from '../../../data/campaign.ts';
import type { Grade } from '../../../model/scoring.ts';
import type { ComparisonInput } from '../StageComparisonChart/data.ts';
import type { OverviewStage } from '../OverviewStagesChart/data.ts';
import type { ProfileInput } from '../UnitProfileChart/data.ts';
import type { TrendInput } from '../UnitTrendChart/data.ts';
import { maxTotal, stageNumberStyle, type StageChartInput } from './stage-input.ts';

type CampaignView = Pick<Campaign, 'unit' | 'stage' | 'stages' | 'trend'>;

export const unitNameOf = (campaign: Pick<Campaign, 'unit'>) => (id: string) => campaign.unit(id)?.name ?? id;

/** Input of the stage charts; undefined when the stage has no results (or no unit in them). */
export function stageChartInput(campaign: CampaignView, stage: StageInfo): StageChartInput | undefined {
  if (!stage.results || !stage.scoring || stage.results.rows.length === 0) return undefined;
  return { stageTitle: stage.entry.data.title, results: stage.results, scoring: stage.scoring, unitName: unitNameOf(campaign) };
}

/** Input of the comparison chart; undefined for the first stage with results. */
export function comparisonInput(campaign: CampaignView, stage: StageInfo): ComparisonInput | undefined {
  const previous = stage.previousStage ? campaign.stage(stage.previousStage) : undefined;
  if (!stage.movements || !previous?.results || !stage.results) return undefined;
  return {
    stageTitle: stage.entry.data.title,
    previousTitle: previous.entry.data.title,
    movements: stage.movements,
    unitName: unitNameOf(campaign),
    format: stageNumberStyle(previous.results, stage.results),
  };
}

const sameGrades = (a: Grade[], b: Grade[]) => a.length === b.length && a.every((g, i) => g.name === b[i].name && g.min === b[i].min);

/** Input of the unit trend chart; grade lines only when every stage used the same grades. */
export function trendInput(campaign: CampaignView, unit: UnitInfo): TrendInput | undefined {
  const points = campaign.trend(unit.id);
  if (points.length === 0) return undefined;
  const stages = points.map((p) => campaign.stage(p.stage));
  const schemes = stages.map((s) => s?.scoring).filter((s) => s !== undefined);
  const results = stages.map((s) => s?.results).filter((r) => r !== undefined);
  const grades = schemes.length && schemes.every((s) => sameGrades(s.grades, schemes[0].grades)) ? schemes[0].grades : undefined;
  return { unitName: unit.name, points, grades, max: Math.max(0, ...schemes.map(maxTotal)) || 100, format: stageNumberStyle(...results) };
}

/** Input of the unit profile chart: the latest stage the unit was assessed in. */
export function profileInput(campaign: CampaignView, unit: UnitInfo): ProfileInput | undefined {
  const points = campaign.trend(unit.id);
  const last = points[points.length - 1];
  const stage = last ? campaign.stage(last.stage) : undefined;
  const row = stage?.results?.rows.find((r) => r.unit === unit.id);
  if (!stage?.results || !row) return undefined;
  return { unitName: unit.name, stageTitle: stage.entry.data.title, row, averages: stage.results.indicatorAverages, format: stageNumberStyle(stage.results) };
}

/** Stages with results, in campaign order, for the overview chart. */
export function overviewStages(campaign: CampaignView): OverviewStage[] {
  return campaign.stages
    .filter((s) => s.results && s.scoring && s.results.rows.length > 0)
    .map((s) => ({ id: s.id, title: s.entry.data.title, results: s.results!, grades: s.scoring!.grades, max: maxTotal(s.scoring!) }));
}
