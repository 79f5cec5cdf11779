import { describe, expect, it } from 'vitest';
import type { StageInfo, UnitInfo } from '../../../src/data/campaign.ts';
import { comparisonInput, overviewStages, profileInput, stageChartInput, trendInput } from '../../../src/components/charts/shared/campaign-inputs.ts';
import { computeStageResults } from '../../../src/results/stage-results.ts';
import { current, fakeCampaign, movements, names, previous, scoring } from './fixture.ts';

const stage = (id: string, title: string, order: number, extra: Partial<StageInfo> = {}): StageInfo =>
  ({ id, entry: { data: { title, order } }, scoring, archive: { archived: false, verified: false, amendments: [] }, ...extra }) as unknown as StageInfo;

const stages = [
  stage('s1', '第一阶段', 1, { results: previous }),
  stage('s2', '第二阶段', 2, { results: current, movements, previousStage: 's1' }),
  stage('s3', '第三阶段', 3),
];
const units: UnitInfo[] = Object.entries(names).map(([id, name]) => ({ id, name, children: [] }));
const campaign = fakeCampaign(stages, units);

describe('campaign → chart inputs', () => {
  it('gives stage charts only to stages with results, with registry names', () => {
    const input = stageChartInput(campaign, stages[1])!;
    expect(input.stageTitle).toBe('第二阶段');
    expect(input.results).toBe(current);
    expect(input.unitName('u5')).toBe('+戊处');
    expect(input.unitName('unknown')).toBe('unknown');
    expect(stageChartInput(campaign, stages[2])).toBeUndefined();
    expect(stageChartInput(campaign, stage('s4', '空', 4, { results: computeStageResults(scoring, []) }))).toBeUndefined();
  });

  it('compares with the previous stage with results, not for the first one', () => {
    expect(comparisonInput(campaign, stages[0])).toBeUndefined();
    const input = comparisonInput(campaign, stages[1])!;
    expect(input.previousTitle).toBe('第一阶段');
    expect(input.movements).toBe(movements);
    expect(input.format).toEqual({ decimals: 1, averageDecimals: 2 });
  });

  it('builds a unit trend with grade lines when every stage used the same grades', () => {
    const input = trendInput(campaign, units[0])!;
    expect(input.points.map((p) => p.stage)).toEqual(['s1', 's2']);
    expect(input.grades).toEqual(scoring.grades);
    expect(input.max).toBe(100);
    expect(trendInput(campaign, { id: 'none', name: '无', children: [] })).toBeUndefined();
  });

  it('drops grade lines when the schemes differ between stages', () => {
    const changed = [stages[0], { ...stages[1], scoring: { ...scoring, grades: [{ name: '达标', min: 75 }, { name: '未达标', min: 0 }] } }];
    const other = fakeCampaign(changed, units);
    expect(trendInput(other, units[0])!.grades).toBeUndefined();
  });

  it('profiles a unit in the latest stage it was assessed in', () => {
    const input = profileInput(campaign, units[6])!; // u7: only in the first stage
    expect(input.stageTitle).toBe('第一阶段');
    expect(input.row.unit).toBe('u7');
    expect(input.averages).toBe(previous.indicatorAverages);
    expect(profileInput(campaign, units[0])!.stageTitle).toBe('第二阶段');
  });

  it('lists the stages with results for the overview, in order', () => {
    expect(overviewStages(campaign).map((s) => [s.id, s.title, s.max])).toEqual([
      ['s1', '第一阶段', 100],
      ['s2', '第二阶段', 100],
    ]);
  });
});
