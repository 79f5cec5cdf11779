import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A realistic, valid content tree of any size for timing `check`: N Chinese reports of about 1.5 KB
 * (front matter referring to units, stages, cases and a series; headings, a list, a relative image),
 * N/10 cases, 200 units in a two-level tree, 12 stages with a scores file each, GB18030 for every
 * third scores file as Excel would save it. Deterministic: the same N gives the same bytes.
 */
export interface GeneratedTree {
  dir: string;
  reports: number;
  cases: number;
  units: number;
  stages: number;
}

const STAGES = 12;
const UNITS = 200;
const OFFICES = 10;
const TYPES = ['overview', 'feature', 'interview', 'news'] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['海涛', '文静', '建国', '晓梅', '志强', '明辉', '红', '丽', '伟', '芳', '敏', '军'];
const TOPICS = ['制度建设', '作风建设', '质量提升', '创新发展', '服务群众', '督查督办', '应急值守', '文稿起草', '会务保障', '信息报送'];
const PARAGRAPH =
  '活动开展以来，各处室围绕中心工作，把全心全意为人民服务的宗旨落实到每一个岗位、每一项任务中，' +
  '坚持问题导向，逐项梳理职责清单，完善工作流程，健全考核机制，推动各项工作取得明显成效。' +
  '干部职工普遍反映，通过活动进一步增强了服务意识和责任意识，形成了比学赶超的良好氛围。';

const unitId = (i: number) => `unit${String(i).padStart(3, '0')}`;
const unitName = (i: number) => (i < OFFICES ? `第${i + 1}办公室` : `${TOPICS[i % TOPICS.length]}${Math.floor(i / TOPICS.length)}处`);
const stageId = (i: number) => `${2001 + i}-stage${i + 1}`;
const caseId = (i: number) => `case-${i}`;
const personName = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`;

export function generateTree(reports: number, dir = mkdtempSync(join(tmpdir(), 'bangyang-tree-'))): GeneratedTree {
  const cases = Math.max(1, Math.floor(reports / 10));
  const write = (path: string, content: string | Buffer) => {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  };

  write('site.yml', `title: 榜样——生成的内容树\norganization: 中原市人民政府办公厅\ncampaign: 争做人民满意公务员\nfeatured: [${caseId(0)}, ${caseId(1 % cases)}]\nboard:\n  interval: 12\n`);
  write(
    'scoring.yml',
    'indicators:\n  - { id: target, name: 目标责任落实, max: 30 }\n  - { id: tracking, name: 运行跟踪监控, max: 25 }\n' +
      '  - { id: evaluation, name: 绩效评估评价, max: 25 }\n  - { id: application, name: 绩效结果运用, max: 20 }\n' +
      'grades:\n  - { name: 优秀, min: 90 }\n  - { name: 良好, min: 80 }\n  - { name: 合格, min: 60 }\n  - { name: 不合格, min: 0 }\n',
  );
  const unitRows = ['id,name,parent,kind'];
  for (let i = 0; i < UNITS; i++) unitRows.push(`${unitId(i)},${unitName(i)},${i < OFFICES ? '' : unitId(i % OFFICES)},${i < OFFICES ? '机关' : '处室'}`);
  write('units.csv', `${unitRows.join('\n')}\n`);

  for (let s = 0; s < STAGES; s++) {
    write(`stages/${stageId(s)}.md`, `---\ntitle: ${TOPICS[s % TOPICS.length]}年\norder: ${s + 1}\nstart: ${2001 + s}-01-01\nend: ${2001 + s}-12-31\nstatus: ${s < STAGES - 1 ? 'active' : 'planned'}\n---\n\n## 阶段总结\n\n${PARAGRAPH}\n`);
    // Every unit scored every stage; every other row names the unit instead of giving its id.
    const rows = ['单位,目标责任落实,运行跟踪监控,绩效评估评价,绩效结果运用,备注'];
    for (let u = 0; u < UNITS; u++) {
      const score = (max: number, k: number) => ((((u * 7 + s * 13 + k * 5) % 40) / 100 + 0.6) * max).toFixed(1);
      rows.push(`${u % 2 ? unitName(u) : unitId(u)},${score(30, 1)},${score(25, 2)},${score(25, 3)},${score(20, 4)},${u % 5 ? '' : '"按期完成，成效明显"'}`);
    }
    const csv = `${rows.join('\r\n')}\r\n`;
    write(`scores/${stageId(s)}.csv`, s % 3 === 0 ? encodeGb18030(csv) : csv);
  }

  write('series/zhengzuo.md', `---\ntitle: 争做人民满意公务员\nstarted: 2001-03-01\n---\n\n${PARAGRAPH}\n`);
  write('reports/images/photo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>\n');

  for (let c = 0; c < cases; c++) {
    write(
      `cases/${c % 2 ? 'individual' : 'collective'}/${caseId(c)}.md`,
      `---\nname: ${c % 2 ? personName(c) : `${unitName(c % UNITS)}集体`}\nkind: ${c % 2 ? 'individual' : 'collective'}\nunit: ${c % 3 ? unitId(c % UNITS) : unitName(c % UNITS)}\n` +
        `summary: 在${TOPICS[c % TOPICS.length]}中表现突出，带动身边同志共同进步。\nposition: 科员\nhonors: [中原市人民满意公务员]\nstage: ${stageId(c % STAGES)}\n` +
        `date: ${2001 + (c % STAGES)}-06-30\nhighlights:\n  - { label: 办理事项, value: ${100 + c}, suffix: 件 }\ntags: [先进典型, ${TOPICS[c % TOPICS.length]}]\n---\n\n${PARAGRAPH}\n`,
    );
  }

  for (let r = 0; r < reports; r++) {
    const topic = TOPICS[r % TOPICS.length];
    const refs = [unitId(r % UNITS), unitName((r * 7) % UNITS), unitId((r * 13) % UNITS)];
    write(
      `reports/${2001 + (r % STAGES)}/report-${r}.md`,
      `---\ntitle: ${topic}扎实推进 服务群众成效明显（${r}）\ndate: ${2001 + (r % STAGES)}-${String((r % 12) + 1).padStart(2, '0')}-15\n` +
        `kicker: ${topic}活动系列报道\nsubtitle: 各处室比学赶超形成良好氛围\nauthor: 本报记者 ${personName(r)}\nsource: 中原日报\nseries: zhengzuo\n` +
        `type: ${TYPES[r % TYPES.length]}\nlead: ${PARAGRAPH.slice(0, 60)}\nstage: ${stageId(r % STAGES)}\nunits: [${refs.join(', ')}]\n` +
        `cases: [${caseId(r % cases)}, ${caseId((r * 3) % cases)}]\ntags: [${topic}, 系列报道]\n---\n\n` +
        `## 一、${topic}的主要做法\n\n${PARAGRAPH}\n\n- 健全制度，明确责任；\n- 细化流程，强化督查；\n- 严格考核，奖优罚劣。\n\n` +
        `## 二、取得的成效\n\n${PARAGRAPH}\n\n![工作照片](../images/photo.svg)\n\n## 三、下一步打算\n\n${PARAGRAPH.slice(0, 40)}。\n`,
    );
  }
  return { dir, reports, cases, units: UNITS, stages: STAGES };
}

function encodeGb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}
