import type { Grade } from '../../../model/scoring.ts';
import { formatNumber } from './format.ts';
import { gradeColors } from './palette.ts';

export interface GradeBand {
  name: string;
  min: number;
  color: string;
  /** 优秀 ≥90, …, 不合格 <60 (the band that starts at 0 is described by the one above it). */
  label: string;
  /** ≥90 / <60 alone, for table cells. */
  range: string;
}

const minText = (min: number) => formatNumber(min, 0, 2);

/** The grades of a scheme with their colours and legend labels, best first. */
export function gradeBands(grades: Grade[]): GradeBand[] {
  const colors = gradeColors(grades.length);
  return grades.map((grade, index) => {
    const above = grades[index - 1];
    const range = grade.min > 0 || !above ? `≥${minText(grade.min)}` : `<${minText(above.min)}`;
    return { name: grade.name, min: grade.min, color: colors[index], label: `${grade.name} ${range}`, range };
  });
}

/** 优秀4个、良好6个、合格1个 (grades with no unit left out); "" when every count is 0. */
export function gradeCountText(counts: { grade: string; count: number }[]): string {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.grade}${c.count}个`)
    .join('、');
}
