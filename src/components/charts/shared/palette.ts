/**
 * Colours for charts: colour-blind safe (no red/green pairs; Okabe–Ito and viridis derived) and
 * separable in greyscale (each grade has its own lightness: CIE L* ≈ 33, 64, 83, 49 for
 * 优秀, 良好, 合格, 不合格 with the usual four grades).
 */

const gradeBest = '#1f4e8c'; // deep blue, L* 33
const gradeGood = '#5fa2d8'; // sky blue, L* 64
const gradePass = '#f5c96a'; // light amber, L* 83
const gradeFail = '#c4501c'; // vermillion, L* 49
const gradeExtra = ['#009e73', '#cc79a7', '#8c6d1f'];

/** One colour per grade, best grade first; the lowest grade is always vermillion. */
export function gradeColors(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [gradeBest];
  if (count === 2) return [gradeBest, gradeFail];
  if (count === 3) return [gradeBest, gradePass, gradeFail];
  const middle = [gradeGood, gradePass, ...gradeExtra];
  const colors = [gradeBest];
  for (let i = 0; i < count - 2; i++) colors.push(middle[i % middle.length]);
  colors.push(gradeFail);
  return colors;
}

// viridis, a perceptually uniform sequence that reads in greyscale (dark purple → lime).
const viridis = ['#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'];

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

function viridisAt(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (viridis.length - 1);
  const i = Math.min(viridis.length - 2, Math.floor(x));
  return mix(viridis[i], viridis[i + 1], x - i);
}

/** One colour per indicator, dark to light, so stacked segments stay apart in greyscale too. */
export function indicatorColors(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [viridisAt(0.35)];
  return Array.from({ length: count }, (_, i) => viridisAt(0.1 + (0.68 * i) / (count - 1)));
}

/** The unit in focus (the site's red) and the all-units reference (warm grey). */
export const focusColor = '#b0191e';
export const referenceColor = '#a39b90';
/** Ink for lines drawn over bars (the average line, threshold lines). */
export const inkColor = '#3a3a3a';

export const roseColor = '#0072b2';
export const fellColor = '#d55e00';
export const steadyColor = '#9a948c';
