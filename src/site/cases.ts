/**
 * The line under a case's name: the unit, plus the post for a person unless the post already names
 * the unit (应急管理办公室值班科科长 needs no 应急管理办公室 before it). A collective's `position` is a
 * description of its duties, so it is not repeated here.
 */
export function caseSubline(unitName: string, kind: 'individual' | 'collective', position?: string): string {
  if (kind === 'collective' || !position) return unitName;
  if (position.includes(unitName)) return position;
  return `${unitName} · ${position}`;
}
