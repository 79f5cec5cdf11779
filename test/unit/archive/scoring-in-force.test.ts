import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveStage } from '../../../src/archive/archive-stage.ts';
import { checkContent } from '../../../src/check/index.ts';
import { scoringInForce } from '../../../src/data/archive.ts';
import { computeStageResults } from '../../../src/results/stage-results.ts';
import { copyFixture } from './fixture.ts';

const saved = process.env.BANGYANG_CONTENT;
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  if (saved === undefined) delete process.env.BANGYANG_CONTENT;
  else process.env.BANGYANG_CONTENT = saved;
});

/** What the site computes for a stage: src/data/archive.ts picks the scheme, src/results does the rest. */
function siteView(content: string, stage: string) {
  process.env.BANGYANG_CONTENT = content;
  const { content: checked } = checkContent(content);
  const entry = checked.stages.find((s) => s.id === stage)!;
  const { scoring, archive } = scoringInForce({ id: entry.id, data: entry.data } as Parameters<typeof scoringInForce>[0], checked.scoring);
  const rows = checked.scores.find((s) => s.stage === stage)!.rows;
  const results = computeStageResults(scoring!, rows);
  return { archive, scoring: scoring!, grades: Object.fromEntries(results.rows.map((r) => [r.unit, r.grade])) };
}

describe('scoringInForce', () => {
  it('an archived stage keeps the grades of its recorded scheme when scoring.yml changes later', () => {
    const { content, cleanup } = copyFixture('archive-basic');
    cleanups.push(cleanup);
    expect(archiveStage({ content, stage: 's1', date: '2011-01-10' }).status).toBe('archived');
    const scoringFile = join(content, 'scoring.yml');
    writeFileSync(scoringFile, readFileSync(scoringFile, 'utf8').replace('{ name: 良好, min: 80 }', '{ name: 良好, min: 85 }').replace('{ name: 优秀, min: 90 }', '{ name: 优秀, min: 95 }'));
    expect(checkContent(content).problems).toEqual([]);

    const archived = siteView(content, 's1');
    expect(archived.grades).toEqual({ a: '优秀', b: '良好', c: '合格' });
    expect(archived.scoring.grades.map((g) => g.min)).toEqual([90, 80, 60, 0]);
    expect(archived.archive).toEqual({ archived: true, verified: true, date: '2011-01-10', amendments: [] });

    // The stage still in progress follows the new scheme: 乙处 94 is no longer 优秀.
    const active = siteView(content, 's2');
    expect(active.grades).toEqual({ a: '合格', b: '良好', c: '合格' });
    expect(active.archive).toEqual({ archived: false, verified: false, amendments: [] });
  });

  it('lists corrections by date and reason', () => {
    const { content, cleanup } = copyFixture('archive-basic');
    cleanups.push(cleanup);
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    const scores = join(content, 'scores/s1.csv');
    writeFileSync(scores, readFileSync(scores, 'utf8').replace('c,40,25', 'c,40,26'));
    archiveStage({ content, stage: 's1', amend: true, reason: '丙处分数录入有误', date: '2011-02-01' });
    expect(siteView(content, 's1').archive).toEqual({ archived: true, verified: true, date: '2011-01-10', amendments: [{ date: '2011-02-01', reason: '丙处分数录入有误' }] });
  });

  it('status archived without a manifest: archived, not verifiable, current scheme', () => {
    const { content, cleanup } = copyFixture('archive-unverifiable');
    cleanups.push(cleanup);
    const view = siteView(content, 's1');
    expect(view.archive).toEqual({ archived: true, verified: false, amendments: [] });
    expect(view.grades).toEqual({ a: '优秀', b: '良好', c: '合格' });
  });

  it('a manifest whose files changed since (dev server) shows as archived but not verified', () => {
    const { content, cleanup } = copyFixture('archive-basic');
    cleanups.push(cleanup);
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    writeFileSync(join(content, 'scores/s1.csv'), readFileSync(join(content, 'scores/s1.csv'), 'utf8').replace('a,55', 'a,54'));
    process.env.BANGYANG_CONTENT = content;
    expect(scoringInForce({ id: 's1', data: { status: 'archived' } } as Parameters<typeof scoringInForce>[0], undefined).archive).toEqual({
      archived: true,
      verified: false,
      date: '2011-01-10',
      amendments: [],
    });
  });
});
