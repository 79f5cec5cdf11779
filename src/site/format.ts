/** Display formatting shared by every page: dates, numerals, scores. Pure functions. */

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (positive integers below 10 000). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const parts = String(n).split('').map(Number).reverse();
  let out = '';
  let pendingZero = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const d = parts[i];
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digits[d] + units[i];
  }
  return out;
}

/** The place of a report in its series, as newspapers print it: 之一, 之二 … 之十二. */
export function seriesOrdinal(n: number): string {
  return `之${chineseNumeral(n)}`;
}

/** `2011-06-20` → `2011年6月20日`; anything else is returned as it is. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** `2011-01-01`, `2011-12-31` → `2011年1月1日至2011年12月31日`; one end alone is shown as it is. */
export function formatDateRange(start?: string, end?: string): string {
  if (start && end) return `${formatDate(start)}至${formatDate(end)}`;
  if (start) return `${formatDate(start)}起`;
  if (end) return `至${formatDate(end)}`;
  return '';
}

/** A score as printed in results tables: one decimal place (93.5, 80.0). */
export function formatScore(value: number | undefined, decimals = 1): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value.toFixed(decimals);
}

/** A change between stages: +4.6, −1.2 (true minus sign), 0.0; undefined → —. */
export function formatChange(value: number | undefined): string {
  if (value === undefined) return '—';
  const fixed = Math.abs(value).toFixed(1);
  if (fixed === '0.0') return '0.0';
  return value > 0 ? `+${fixed}` : `−${fixed}`;
}

/** The text of a highlight value: numbers keep their decimals as written, strings stay. */
export function formatHighlight(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

/** `榜样——争做人民满意公务员…` → main `榜样`, rest `争做人民满意公务员…`; a title without a dash is all main. */
export function splitSiteTitle(title: string): { main: string; rest?: string } {
  const match = /^(.+?)\s*(?:——|—|--|：|:)\s*(.+)$/u.exec(title.trim());
  if (!match || [...match[1]!].length > 8) return { main: title.trim() };
  return { main: match[1]!, rest: match[2]! };
}

/** A rank movement for tables: climbed 2 → { mark: '↑2', text: '上升2位' }; fell → ↓; same → 持平. */
export function formatRankMove(delta: number | undefined): { mark: string; text: string; dir: 'up' | 'down' | 'same' | 'none' } {
  if (delta === undefined) return { mark: '—', text: '上阶段未参评', dir: 'none' };
  if (delta > 0) return { mark: `↑${delta}`, text: `上升${delta}位`, dir: 'up' };
  if (delta < 0) return { mark: `↓${-delta}`, text: `下降${-delta}位`, dir: 'down' };
  return { mark: '—', text: '名次持平', dir: 'same' };
}

/** `3` → `第三阶段`. */
export function stageOrdinal(order: number): string {
  return `第${chineseNumeral(order)}阶段`;
}
