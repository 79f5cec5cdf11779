import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD`. YAML 1.1 parsers (Astro's) hand us a Date, YAML 1.2 (ours) a string. */
export const isoDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
    if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a date of the form YYYY-MM-DD`, params: { code: 'invalid-date' } });
      return z.NEVER;
    }
    return text;
  });

/** Ids may be Chinese; they must not contain path separators or whitespace so they stay usable in URLs. */
export const entryId = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\s/\\?#%]+$/, { message: 'an id may not contain spaces, slashes, ?, # or %' });

export const nonEmpty = z.string().trim().min(1);

export const stringList = z.array(nonEmpty);

/** An image next to the Markdown that uses it. `alt` is required: every picture must read for a screen reader. */
export const imageRef = z.strictObject({
  /** Relative path from the Markdown file, or an http(s) URL (a warning unless remote images are allowed). */
  src: nonEmpty,
  /** Text alternative, read aloud and shown when the image cannot load. */
  alt: nonEmpty,
});
export type ImageRef = z.infer<typeof imageRef>;
