import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/index.ts';
import { computeStageResults } from '../../../src/results/stage-results.ts';
import { removeTree, scoringYml, siteYml, writeTree } from '../check/helpers.ts';

/** The same stage as Excel saves it on Chinese Windows (GB18030), as "CSV UTF-8" (BOM), and plain UTF-8. */
const scores = [
  '单位,目标责任落实,运行跟踪监控,绩效评估评价,绩效结果运用,备注',
  '秘书一处,27.5,21.4,19.8,16.8,文稿“三审三校”',
  '督查室,25,18.3,22.9,19.3,',
  '接待处,18.4,14.3,14.6,11.2,"两次接待方案延误，限期整改"',
  'yanjiu,28,23.5,22.5,18,调研课题结项率第一',
  '信息处,24.6,20.3,20.4,16.2,',
].join('\r\n') + '\r\n';
const units = 'id,name\r\nmishu1,秘书一处\r\nducha,督查室\r\njiedai,接待处\r\nyanjiu,政策研究室\r\nxinxi,信息处\r\n';

const encodings = {
  'utf-8': (text: string) => Buffer.from(text, 'utf8'),
  'utf-8-bom': (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  gb18030: (text: string) => iconv.encode(text, 'gb18030'),
};

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

function resultsFor(encode: (text: string) => Buffer) {
  const dir = writeTree({
    'site.yml': siteYml,
    'scoring.yml': scoringYml,
    'units.csv': new Uint8Array(encode(units)),
    'stages/2011-zhiliang.md': '---\ntitle: 质量提升年\norder: 1\n---\n',
    'scores/2011-zhiliang.csv': new Uint8Array(encode(scores)),
  });
  trees.push(dir);
  const { problems, content } = checkContent(dir);
  expect(problems).toEqual([]);
  return computeStageResults(content.scoring!, content.scores[0].rows);
}

describe('a GB18030 scores file and a UTF-8-BOM one give the same results as their UTF-8 twin', () => {
  it('computes identical totals, grades, ranks, notes and averages in every encoding', () => {
    const [utf8, bom, gb] = Object.values(encodings).map(resultsFor);
    expect(bom).toEqual(utf8);
    expect(gb).toEqual(utf8);
    expect(utf8.rows.map((r) => [r.unit, r.total, r.grade, r.rank, r.note])).toEqual([
      ['yanjiu', 92, '优秀', 1, '调研课题结项率第一'],
      ['mishu1', 85.5, '良好', 2, '文稿“三审三校”'],
      ['ducha', 85.5, '良好', 2, undefined],
      ['xinxi', 81.5, '良好', 4, undefined],
      ['jiedai', 58.5, '不合格', 5, '两次接待方案延误，限期整改'],
    ]);
    expect(utf8.averageTotal).toBe(80.6);
  });
});
