/** CSS class of a grade by its place in the scheme: g0 for the best, g3 for the fourth and lower. */
export function gradeClass(name: string, grades: readonly { name: string }[] | undefined): string {
  const at = (grades ?? []).findIndex((g) => g.name === name);
  return `g${at === -1 ? 1 : Math.min(3, at)}`;
}
