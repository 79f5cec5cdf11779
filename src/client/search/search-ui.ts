/**
 * The search UI behind <bangyang-search>, imported on first use: loads the engine, builds the
 * filter controls from the page table's filter values, runs searches as the reader types and renders results.
 * Emits `bangyang-search:listed` once a search's results are listed (titles, links, badges) and
 * `bangyang-search:results` (detail: { query, total, shown, ms, … }) once their excerpts are in.
 */
import { escapeHtml } from '../../search/phrase.ts';
import { SearchEngine, type Filters, type SearchOutcome } from './engine.ts';
import { bundleUrl, type BangyangSearch, type SearchParts } from './search-element.ts';

const FILTER_LABELS: Record<string, string> = { type: '类型', kind: '类别', unit: '单位', stage: '阶段', year: '年份' };
const FILTER_ORDER = ['type', 'kind', 'unit', 'stage', 'year'];
const TYPE_BADGES: Record<string, string> = { report: '报道', case: '典型', unit: '单位', stage: '阶段', series: '系列' };

const STYLE = `
bangyang-search{display:block}
bangyang-search .bys-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
bangyang-search .bys-input{flex:1 1 16rem;font:inherit;padding:.4rem .6rem}
bangyang-search .bys-filters{display:flex;flex-wrap:wrap;gap:.75rem;flex-basis:100%}
bangyang-search .bys-filters label{display:inline-flex;gap:.25rem;align-items:center}
bangyang-search .bys-results{list-style:none;padding:0}
bangyang-search .bys-result{margin:1rem 0}
bangyang-search .bys-badge{font-size:.8em;border:1px solid currentColor;border-radius:.25em;padding:0 .3em;margin-inline-start:.5em}
bangyang-search .bys-excerpt{margin:.25rem 0 0}
bangyang-search .bys-excerpt:empty::before{content:"…"}
`;

function injectStyle(): void {
  if (document.getElementById('bangyang-search-style')) return;
  const s = document.createElement('style');
  s.id = 'bangyang-search-style';
  s.textContent = STYLE;
  document.head.append(s);
}

export async function attach(el: BangyangSearch): Promise<void> {
  const importMs = performance.now() - el.activatedAt;
  const parts = el.parts as SearchParts;
  const { form, input, filters: filterBox, status, results, more } = parts;
  injectStyle();
  const bundle = bundleUrl(el);
  const pageSize = Math.max(1, Number(el.dataset.pageSize) || 10);
  el.setAttribute('aria-busy', 'true');
  status.textContent = '正在加载搜索索引…';
  let engine: SearchEngine;
  try {
    engine = await SearchEngine.load(bundle, el.early ?? undefined);
  } catch (e) {
    status.textContent = '搜索暂时不可用，请稍后再试。';
    el.removeAttribute('aria-busy');
    console.error(e);
    return;
  }
  el.removeAttribute('aria-busy');
  status.textContent = '';

  const selects = new Map<string, HTMLSelectElement>();
  let seq = 0;
  let current: { outcome: SearchOutcome; shown: number; q: string } | null = null;

  const selectedFilters = (): Filters => {
    const f: Filters = {};
    for (const [name, sel] of selects) if (sel.value) f[name] = [sel.value];
    return f;
  };

  const renderPage = async (run: number, from: number, onListed?: () => void): Promise<number> => {
    if (!current) return 0;
    const { outcome } = current;
    const slice = outcome.hits.slice(from, from + pageSize);
    const items = slice.map((hit) => {
      const info = engine.info(hit.page);
      const li = document.createElement('li');
      li.className = 'bys-result';
      const badge = TYPE_BADGES[info.type] ?? info.type;
      li.innerHTML =
        `<a class="bys-title" href="${escapeHtml(info.url)}">${escapeHtml(info.title || info.url)}</a>` +
        `<span class="bys-badge">${escapeHtml(badge)}</span><p class="bys-excerpt"></p>`;
      results.append(li);
      return { hit, li };
    });
    onListed?.();
    let dropped = 0;
    await Promise.all(
      items.map(async ({ hit, li }) => {
        const ex = await engine.excerpt(outcome.query, hit);
        if (run !== seq) return;
        if (!ex.confirmed) {
          li.remove();
          dropped++;
          return;
        }
        (li.querySelector('.bys-excerpt') as HTMLElement).innerHTML = ex.html;
      }),
    );
    if (run === seq && dropped) {
      // the exact check on the fragment rejected some: fewer results
      outcome.hits = outcome.hits.filter((h) => items.every((it) => it.hit !== h || it.li.isConnected));
    }
    return slice.length - dropped;
  };

  const announce = (q: string, total: number) => {
    status.textContent = total ? `找到 ${total} 个包含“${q}”的页面` : `没有找到包含“${q}”的内容`;
  };

  const run = async () => {
    const q = input.value.trim();
    const run = ++seq;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    results.textContent = '';
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      current = null;
      return;
    }
    el.setAttribute('aria-busy', 'true');
    const t0 = performance.now();
    const outcome = await engine.search(q, selectedFilters());
    if (run !== seq) return;
    current = { outcome, shown: 0, q };
    if (!outcome.query.phrases.length) {
      el.removeAttribute('aria-busy');
      status.textContent = '请输入文字或数字进行搜索';
      return;
    }
    const shown = await renderPage(run, 0, () =>
      el.dispatchEvent(new CustomEvent('bangyang-search:listed', { bubbles: true, detail: { query: q, ms: performance.now() - t0 } })),
    );
    if (run !== seq) return;
    current.shown = pageSize;
    announce(q, outcome.hits.length);
    more.hidden = outcome.hits.length <= current.shown;
    el.removeAttribute('aria-busy');
    el.dispatchEvent(
      new CustomEvent('bangyang-search:results', {
        bubbles: true,
        detail: { query: q, total: outcome.hits.length, shown, ms: performance.now() - t0, searchMs: outcome.ms, load: { ...engine.loadTimings, uiImportMs: importMs } },
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  input.addEventListener('input', () => schedule(200));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = '';
      schedule(0);
    }
  });
  form.addEventListener('submit', () => schedule(0));
  more.addEventListener('click', async () => {
    if (!current) return;
    const run = seq;
    const firstNew = results.children.length;
    await renderPage(run, current.shown);
    current.shown += pageSize;
    more.hidden = current.outcome.hits.length <= current.shown;
    announce(current.q, current.outcome.hits.length);
    (results.children[firstNew]?.querySelector('a') as HTMLElement | null)?.focus();
  });

  // the reader may have typed (or arrived with ?q=) while the engine loaded
  if (input.value.trim()) await run();

  // filters: built once the first results are out; a change re-runs the search
  const all = engine.filters();
  const names = Object.keys(all).sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : 1));
  for (const name of names) {
    const values = Object.keys(all[name]);
    if (values.length < 2) continue;
    values.sort(name === 'year' ? (a, b) => (a < b ? 1 : -1) : (a, b) => a.localeCompare(b, 'zh-CN'));
    const label = document.createElement('label');
    const sel = document.createElement('select');
    sel.name = name;
    sel.innerHTML = `<option value="">全部</option>` + values.map((v) => `<option>${escapeHtml(v)}</option>`).join('');
    label.append(`${FILTER_LABELS[name] ?? name}`, sel);
    filterBox.append(label);
    selects.set(name, sel);
    sel.addEventListener('change', () => schedule(0));
  }
  filterBox.hidden = selects.size === 0;
}

function rankOf(name: string): number {
  const i = FILTER_ORDER.indexOf(name);
  return i < 0 ? FILTER_ORDER.length : i;
}
