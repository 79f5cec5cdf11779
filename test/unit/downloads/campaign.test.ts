import { describe, expect, it } from 'vitest';
import type { StageInfo, UnitInfo } from '../../../src/data/campaign.ts';
import { stageDownloadInput, stagesWithDownloads, unitHistoryInput, unitsWithHistory } from '../../../src/downloads/campaign.ts';
import { current, fakeCampaign, names, previous, scoring } from '../charts/fixture.ts';

const stage = (id: string, title: string, results?: typeof current) => ({ id, entry: { data: { title } }, scoring, results }) as unknown as StageInfo;
const stages = [stage('s1', '第一阶段', previous), stage('s2', '第二阶段', current), stage('s3', '第三阶段')];
const units: UnitInfo[] = [...Object.entries(names).map(([id, name]) => ({ id, name, children: [] })), { id: 'top', name: '办公厅', children: [] }];
const campaign = fakeCampaign(stages, units);

describe('campaign → downloads', () => {
  it('offers results of stages with results only', () => {
    expect(stagesWithDownloads(campaign).map((s) => s.id)).toEqual(['s1', 's2']);
    const input = stageDownloadInput(campaign, stages[1]);
    expect([input.stage, input.title, input.results === current, input.unitName('u1')]).toEqual(['s2', '第二阶段', true, '甲处']);
    expect(() => stageDownloadInput(campaign, stages[2])).toThrow(/no results/);
  });

  it('offers a history for every unit assessed at least once, with the stages\' decimals', () => {
    expect(unitsWithHistory(campaign).map((u) => u.id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    const input = unitHistoryInput(campaign, units[1]);
    expect(input.entries.map((e) => [e.point.stage, e.row.total])).toEqual([
      ['s1', 92],
      ['s2', 91],
    ]);
    expect(input.decimals).toBe(1);
  });
});
