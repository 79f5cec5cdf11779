import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD`. YAML 1.2 (ours) hands us a string, tried first; YAML 1.1 parsers (Astro's) a Date. */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    // Messages are predicates; the checker puts the key's name in front ("date" should be …).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `should be a date written YYYY-MM-DD, not "${text}"`, params: { code: 'invalid-date' } });
      return z.NEVER;
    }
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `is "${text}", which is not a day in the calendar`, params: { code: 'invalid-date' } });
      return z.NEVER;
    }
    return text;
  });

/** Ids may be Chinese; they must not contain path separators or whitespace so they stay usable in URLs. */
export const entryId = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\s/\\?#%]+$/, { message: 'should be an id without spaces, slashes, ?, # or %' });

/**
 * Text. Astro's front matter parser (js-yaml) turns an unquoted `title: 2011-01-18` into a date
 * while ours (YAML 1.2) keeps the string; reading such a date back as its text makes both agree.
 */
export const nonEmpty = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string().trim().min(1));

export const stringList = z.array(nonEmpty);

/** An image next to the Markdown that uses it. `alt` is required: every picture must read for a screen reader. */
export const imageRef = z.strictObject({
  /** Relative path from the Markdown file, or an http(s) URL (a warning unless remote images are allowed). */
  src: nonEmpty,
  /** Text alternative, read aloud and shown when the image cannot load. */
  alt: nonEmpty,
});
export type ImageRef = z.infer<typeof imageRef>;
