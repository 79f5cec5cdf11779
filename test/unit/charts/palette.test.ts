import { describe, expect, it } from 'vitest';
import { gradeColors, indicatorColors, focusColor, referenceColor, roseColor, fellColor } from '../../../src/components/charts/shared/palette.ts';

/** CIE L* (0 black … 100 white): what is left of a colour in greyscale print. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 116 * (y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116) - 16;
}

const minGap = (colors: string[]) => {
  const l = colors.map(lightness).sort((a, b) => a - b);
  return Math.min(...l.slice(1).map((v, i) => v - l[i]));
};

describe('chart palette', () => {
  it('gives every grade its own colour and the lowest grade vermillion', () => {
    for (let n = 1; n <= 6; n++) {
      const colors = gradeColors(n);
      expect(colors).toHaveLength(n);
      if (n <= 5) expect(new Set(colors).size).toBe(n);
    }
    expect(gradeColors(4).at(-1)).toBe(gradeColors(2).at(-1));
    expect(gradeColors(0)).toEqual([]);
  });

  it('keeps the usual four grades apart in greyscale (L* at least 15 apart)', () => {
    expect(minGap(gradeColors(4))).toBeGreaterThanOrEqual(15);
    expect(minGap(gradeColors(3))).toBeGreaterThanOrEqual(15);
  });

  it('orders indicator colours dark to light so stacked segments separate in greyscale', () => {
    const colors = indicatorColors(4);
    const l = colors.map(lightness);
    expect(l).toEqual([...l].sort((a, b) => a - b));
    expect(minGap(colors)).toBeGreaterThanOrEqual(10);
    expect(indicatorColors(1)).toHaveLength(1);
    expect(indicatorColors(7).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });

  it('focus vs reference and rise vs fall differ in lightness, not only in hue', () => {
    expect(Math.abs(lightness(focusColor) - lightness(referenceColor))).toBeGreaterThan(20);
    expect(Math.abs(lightness(roseColor) - lightness(fellColor))).toBeGreaterThan(5);
  });
});
