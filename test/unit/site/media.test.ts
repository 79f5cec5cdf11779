import { describe, expect, it } from 'vitest';
import { contentRelativePath, frontMatterImageUrl } from '../../../src/site/media.ts';

describe('contentRelativePath', () => {
  it('resolves a front-matter path against its Markdown file', () => {
    expect(contentRelativePath('content/reports/2011/lvzhi-zongshu.md', './images/zongshu-cover.svg')).toBe('reports/2011/images/zongshu-cover.svg');
    expect(contentRelativePath('content/reports/2011/x.md', '../images/a.svg')).toBe('reports/images/a.svg');
    expect(contentRelativePath('content/cases/李文静.md', 'photos/li.svg')).toBe('cases/photos/li.svg');
  });
  it('works for another content folder and Windows separators', () => {
    expect(contentRelativePath('test/fixtures/site/cases/a.md', './p.png', 'test/fixtures/site')).toBe('cases/p.png');
    expect(contentRelativePath('content\\cases\\a.md', '.\\photos\\p.png')).toBe('cases/photos/p.png');
    expect(contentRelativePath('../elsewhere/cases/a.md', './p.png', '../elsewhere')).toBe('cases/p.png');
  });
  it('decodes percent-encoded references and drops query and fragment', () => {
    expect(contentRelativePath('content/cases/a.md', './%E7%85%A7%E7%89%87.png?x=1#y')).toBe('cases/照片.png');
  });
  it('refuses remote, absolute and escaping references', () => {
    expect(contentRelativePath('content/cases/a.md', 'https://example.org/a.png')).toBeUndefined();
    expect(contentRelativePath('content/cases/a.md', '/a.png')).toBeUndefined();
    expect(contentRelativePath('content/cases/a.md', '../../secret.png')).toBeUndefined();
  });
});

describe('frontMatterImageUrl', () => {
  it('gives the media URL under the base, percent-encoded', () => {
    expect(frontMatterImageUrl('content/reports/2011/lvzhi-zongshu.md', './images/zongshu-cover.svg', '/bangyang/')).toBe(
      '/bangyang/media/reports/2011/images/zongshu-cover.svg',
    );
    expect(frontMatterImageUrl('content/cases/李文静.md', './photos/李文静.svg', '/')).toBe(
      `/media/cases/photos/${encodeURIComponent('李文静')}.svg`,
    );
  });
  it('has no URL for remote images', () => {
    expect(frontMatterImageUrl('content/cases/a.md', 'http://example.org/a.png', '/')).toBeUndefined();
  });
});
