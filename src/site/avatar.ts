/**
 * The characters shown in a round avatar when a case has no photo. A person's name shows their
 * surname-and-given name as it is when short (张三 → 张三, 欧阳明辉 → 明辉); a collective shows the
 * first two characters of its distinctive part (市政府办公厅秘书一处 → 秘书).
 */
export function initialsOf(name: string, kind: 'individual' | 'collective' = 'individual'): string {
  const text = name.trim();
  if (!text) return '';
  if (!/\p{Script=Han}/u.test(text)) {
    return text
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word[0]!.toUpperCase())
      .join('');
  }
  const chars = [...text];
  if (kind === 'individual') return chars.length <= 3 ? chars.join('') : chars.slice(-2).join('');
  const stripped = text.replace(/^(中原)?市(人民)?政府(办公厅)?/u, '') || text;
  return [...stripped].slice(0, 2).join('');
}
