/** `2010-01-15` → `2010年1月15日`; anything else as it is. */
export function chineseDate(iso: string | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : (iso ?? '');
}
