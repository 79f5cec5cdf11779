import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * GitHub's sanitizing rules (no scripts, event handlers, javascript: URLs, iframes, forms or inline
 * styles), plus what our own Markdown output needs: footnote markup and <mark>.
 * remark-rehype already prefixes footnote ids, so ids are not clobbered a second time.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobber: ['name'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark', 'figure', 'figcaption', 'section'],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'style'),
    a: [...(defaultSchema.attributes?.a ?? []), 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaLabel', 'ariaDescribedBy', 'id'],
    sup: ['id'],
    li: [...(defaultSchema.attributes?.li ?? []), 'id'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    img: ['src', 'alt', 'title', 'width', 'height'],
  },
};
