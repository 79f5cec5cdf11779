import { describe, expect, it } from 'vitest';
import {
  buildExcerpt,
  charCode,
  confirmMatches,
  decodeContent,
  encodeText,
  findPhrase,
  needsConfirm,
  normalizeText,
  parseQuery,
  planLocations,
  planPhrase,
  readCharCode,
  splitSections,
  toUnits,
  unitsText,
  type Match,
  type ParsedQuery,
} from '../../../src/search/phrase.ts';

/**
 * A stand-in for Pagefind over one record: every whitespace-separated token is a position,
 * punctuation is not indexed, words are lower-cased, and a query token matches every indexed
 * token it is a prefix of (Pagefind's behaviour, checked against the real thing in
 * build-index.test.ts). Returns what `result.words` would be for a multi-token query (the union
 * of locations), or null when some token is absent (Pagefind requires all).
 */
function pagefindWords(content: string, term: string): number[] | null {
  const tokens = content.split(/\s+/).filter(Boolean).map((t) => (/^[cw]/.test(t) ? t.toLowerCase() : null));
  const out = new Set<number>();
  for (const q of term.split(' ')) {
    const at = tokens.flatMap((t, i) => (t !== null && t.startsWith(q) ? [i] : []));
    if (!at.length) return null;
    for (const i of at) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** Phrase matches of a query in one text, the way the engine finds them (plus the fragment check). */
function search(text: string, q: string): { query: ParsedQuery; matches: Match[]; raw: Match[] } {
  const query = parseQuery(q);
  const content = encodeText(text);
  const matches: Match[] = [];
  query.phrases.forEach((p, idx) => {
    const plan = planPhrase(p);
    const locs = planLocations(plan, plan.searches.map((t) => pagefindWords(content, t) ?? undefined));
    if (!locs) return;
    for (const start of findPhrase(p, locs)) matches.push({ start, span: p.span, phrase: idx });
  });
  return { query, matches: confirmMatches(query, decodeContent(content), matches), raw: matches };
}

function mulberry32(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('character codes', () => {
  it('round-trips BMP, extension and astral characters, prefix-free', () => {
    for (const ch of ['一', '督', '龥', '㐀', 'あ', 'カ', '한', '〇', '𠀀', '𪚥', '豈']) {
      const code = charCode(ch);
      expect(code).toMatch(/^([0-9a-y][0-9a-z]{2}|z[0-9a-z]{4})$/);
      expect(readCharCode(code + 'xyz', 0)).toEqual([ch, code.length]);
    }
  });
});

describe('toUnits / encodeText', () => {
  it('splits text into CJK characters, words and punctuation runs', () => {
    const units = toUnits('用 GitHub 托管，Ａ股2011年！');
    expect(units.map((u) => `${u.kind}:${u.text}`)).toEqual([
      'c:用', 'w:GitHub', 'c:托', 'c:管', 'p:，', 'w:A', 'c:股', 'w:2011', 'c:年', 'p:！',
    ]);
    expect(units.map((u) => u.space)).toEqual([false, true, true, false, false, false, false, false, false, false]);
  });

  it('codes a CJK run as overlapping bigrams, the last character paired with the run end, one token per character', () => {
    const tokens = encodeText('督办台账').split(' ');
    expect(tokens).toEqual([
      'c' + charCode('督') + charCode('办'),
      'c' + charCode('办') + charCode('台'),
      'c' + charCode('台') + charCode('账'),
      'c' + charCode('账') + charCode('\u3000'),
    ]);
    // no token begins another (Pagefind would answer a missing one with a shorter one)
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it('never joins CJK characters across whitespace or a line break: the break takes a position', () => {
    expect(encodeText('督办\n台账').split(' ')[1]).toBe('c' + charCode('办') + charCode('\u3000'));
    expect(encodeText('督办 台账').split(' ')).toHaveLength(5);
    expect(toUnits('督办 台账')[2]).toEqual({ kind: 'p', text: '', space: true });
    expect(toUnits('用 API 接口')).toHaveLength(4); // no break next to a word
  });

  it('normalizes width of letters and digits, keeps Chinese punctuation, drops invisible characters', () => {
    expect(normalizeText('ＡＰＩ\u200b接口，（２０１１）\u3000完')).toBe('API接口，（2011） 完');
    expect(normalizeText('e\u0301')).toBe('é');
    expect(encodeText('ＡＰＩ').split(' ')).toEqual(['wAPI_']);
  });

  it('decodes back to the text, punctuation spacing kept', () => {
    const text = '语雀（yuque.com）是阿里巴巴的文档平台。GitHub 仓库: 3.5 万, ok';
    const units = decodeContent(encodeText(text));
    expect(unitsText(units)).toBe(normalizeText(text).replace('GitHub 仓库', 'GitHub 仓库'));
    expect(units.length).toBe(toUnits(text).length);
  });
});

describe('parseQuery', () => {
  it('covers k CJK characters with ceil(k/2) bigrams', () => {
    const offsets = (q: string) => parseQuery(q).phrases[0].terms.map((t) => t.offset);
    expect(offsets('督办')).toEqual([0]);
    expect(offsets('督办台')).toEqual([0, 1]);
    expect(offsets('督办台账')).toEqual([0, 2]);
    expect(offsets('督办台账工')).toEqual([0, 2, 3]);
    expect(offsets('督办台账工作')).toEqual([0, 2, 4]);
  });

  it('searches a lone CJK character as a prefix (unigram code)', () => {
    const q = parseQuery('督');
    expect(q.phrases[0].terms).toEqual([{ offset: 0, token: 'c' + charCode('督') }]);
  });

  it('splits on whitespace into phrases, folds case, trims punctuation', () => {
    const q = parseQuery('  “GitHub”   仓库。 github ');
    expect(q.phrases.map((p) => p.text)).toEqual(['GitHub', '仓库', 'github']);
    expect(q.tokens).toEqual(['wgithub_', 'c' + charCode('仓') + charCode('库')]);
    expect(parseQuery('，。！').phrases).toEqual([]);
    expect(parseQuery('').phrases).toEqual([]);
  });

  it('keeps punctuation inside a phrase as a wildcard position', () => {
    const p = parseQuery('node.js').phrases[0];
    expect(p.span).toBe(3);
    expect(p.terms).toEqual([
      { offset: 0, token: 'wnode_' },
      { offset: 2, token: 'wjs_' },
    ]);
  });
});

describe('phrase matching', () => {
  const text = '各单位要建立督办台账，明确责任。督办工作台账另行通知。台账督办要及时。\n公务员考核 办法：员考核。';

  it('finds the exact phrase and nothing looser', () => {
    expect(search(text, '督办台账').matches.map((m) => m.start)).toEqual([6]);
    expect(search(text, '督办').matches).toHaveLength(3);
    expect(search(text, '台账督办').matches).toHaveLength(1);
    expect(search(text, '办台').matches).toHaveLength(1);
    expect(search(text, '员考核').matches).toHaveLength(2);
    expect(search(text, '账督办要').matches).toHaveLength(1);
    expect(search(text, '督办台账工作').matches).toHaveLength(0);
    expect(search(text, '考核办法').matches).toHaveLength(0); // a space in between
    expect(search(text, '责任督办').matches).toHaveLength(0); // punctuation in between
  });

  it('requires every whitespace-separated part, anywhere', () => {
    const r = search(text, '督办台账 员考核');
    expect(new Set(r.matches.map((m) => m.phrase))).toEqual(new Set([0, 1]));
    expect(search(text, '督办台账 不存在').matches.filter((m) => m.phrase === 1)).toHaveLength(0);
  });

  it('matches whole words only, inside a phrase and at its end', () => {
    const t = '本周 GitHubs仓库 和 GitHub仓库，还有 Apis。';
    expect(search(t, 'GitHub仓库').matches).toHaveLength(1);
    expect(search(t, 'api').matches).toHaveLength(0);
    expect(search(t, 'apis').matches).toHaveLength(1);
    for (const a of encodeText(t).split(' ')) for (const b of encodeText('GitHub Apis API').split(' ')) if (a !== b) expect(a.startsWith(b)).toBe(false);
    expect(needsConfirm(parseQuery('GitHub仓库'))).toBe(true);
    expect(needsConfirm(parseQuery('仓库'))).toBe(false);
  });

  it('tells the tokens apart where the union of locations would not', () => {
    // query ABCD is searched as AB@0 + CD@2: a text saying CDAB holds both at distance 2
    expect(planPhrase(parseQuery('督办台账').phrases[0]).mode).toBe('leaveOneOut');
    expect(search('她把台账督办落到实处。', '督办台账').matches).toEqual([]);
    expect(search('甲乙甲乙，丙丁。', '甲乙丙丁').matches).toEqual([]);
    expect(search('丙丁乙丙丁甲乙丙丁', '甲乙丙丁').matches.map((m) => m.start)).toEqual([5]);
    // three characters, all different: the chain of bigrams is exact by itself
    expect(planPhrase(parseQuery('督办台').phrases[0]).mode).toBe('union');
    expect(planPhrase(parseQuery('哈嘿哈').phrases[0]).mode).toBe('leaveOneOut');
    expect(search('嘿哈嘿', '哈嘿哈').matches).toEqual([]);
    // a lone character next to a bigram starting with it: one search per token
    expect(planPhrase(parseQuery('股A股市').phrases[0]).mode).toBe('perToken');
    expect(search('港股A股市场', '股A股市').matches).toHaveLength(1);
  });

  it('agrees with substring search on random queries from a real text', () => {
    const corpus = [
      '为了配合世界读书日，语雀还邀请了一些互联网知名人士，写下他们的推荐书单，比如蚂蚁金服 CTO 的程立。',
      '根据北京市统计局、市人力社保局发布数据，2016年度北京市职工年平均工资为92477元，月平均工资为7706元。',
      '这些大型社交媒体想要表达的意思已经很清楚了：我们不欢迎第三方客户端。平均工资平均月薪平均。',
      '工资平均 平均工资 月薪平均工资平均 哈哈哈哈嘿哈嘿 台账督办督办台账台账',
    ].join('\n');
    const rnd = mulberry32(7);
    const runs = corpus.match(/\p{Script=Han}+/gu) as string[];
    const chars = [...corpus.replace(/[^\p{Script=Han}]/gu, '')];
    const lines = corpus.split('\n');
    for (let i = 0; i < 400; i++) {
      const len = 2 + Math.floor(rnd() * 5);
      let q: string;
      if (i % 2 === 0) {
        const run = runs.filter((r) => r.length >= len)[Math.floor(rnd() * 10) % runs.filter((r) => r.length >= len).length];
        const at = Math.floor(rnd() * (run.length - len + 1));
        q = run.slice(at, at + len);
      } else {
        q = Array.from({ length: len }, () => chars[Math.floor(rnd() * chars.length)]).join('');
      }
      const expected = lines.reduce((n, l) => n + l.split(q).length - 1, 0);
      const r = search(corpus, q);
      expect(r.raw.length, q).toBe(expected); // exact before any fragment is read
      expect(r.matches.length, q).toBe(expected);
    }
  });
});

describe('buildExcerpt', () => {
  it('marks the hits, escapes HTML and adds ellipses', () => {
    const text = '前文'.repeat(40) + '<b>督办台账</b>' + '后文'.repeat(40);
    const units = decodeContent(encodeText(text));
    const { matches } = search(text, '督办台账');
    const html = buildExcerpt(units, matches, 30);
    expect(html).toContain('&lt;b&gt;<mark>督办台账</mark>&lt;/b&gt;');
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).not.toContain('<b>');
  });

  it('prefers the window holding every phrase', () => {
    const text = '甲乙丙' + '无关'.repeat(60) + '甲乙 丙丁' + '无关'.repeat(60);
    const { matches } = search(text, '甲乙 丙丁');
    const html = buildExcerpt(decodeContent(encodeText(text)), matches, 20);
    expect(html).toContain('<mark>甲乙</mark> <mark>丙丁</mark>');
  });
});

describe('splitSections', () => {
  it('cuts at line breaks and keeps every short phrase of an overlong line in one section', () => {
    const long = '一二三四五六七八九十'.repeat(30); // 300 positions
    const text = ['短句一。', long, '短句二。'].join('\n');
    const sections = splitSections(text, 100, 16);
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(toUnits(s).length).toBeLessThanOrEqual(100);
    for (let at = 0; at + 16 <= long.length; at += 7) {
      const piece = long.slice(at, at + 16);
      expect(sections.some((s) => s.includes(piece)), piece).toBe(true);
    }
    expect(sections[0]).toBe('短句一。');
  });

  it('packs short lines together', () => {
    expect(splitSections('甲。\n乙。\n丙。', 100)).toEqual(['甲。\n乙。\n丙。']);
  });
});
