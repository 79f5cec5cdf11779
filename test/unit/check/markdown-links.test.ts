import { describe, expect, it } from 'vitest';
import { fixture, problemLines } from './helpers.ts';

describe('Relative images and links in Markdown bodies and front matter', () => {
  it('check-markdown-links: missing images and links are errors, remote images warnings; code is skipped', () => {
    expect(problemLines(fixture('check-markdown-links'))).toEqual([
      'cases/remote-photo.md:6:15 warning[remote-image] remote image https://example.org/zhang.jpg will be shown as a link, not loaded (remoteImages: true in site.yml loads it)',
      'reports/links.md:4:15 error[missing-image] image "./images/cover-missing.svg" does not exist (looked for reports/images/cover-missing.svg)',
      'reports/links.md:7:36 error[missing-image] image "images/missing.png" does not exist (looked for reports/images/missing.png)',
      'reports/links.md:9:13 error[missing-link] linked file "./other-report.md" does not exist (looked for reports/other-report.md)',
      'reports/links.md:11:12 warning[remote-image] remote image https://example.org/photo.jpg will be shown as a link, not loaded (remoteImages: true in site.yml loads it)',
      'reports/links.md:15:25 error[missing-image] image "images/missing-html.png" does not exist (looked for reports/images/missing-html.png)',
      'reports/links.md:17:10 error[missing-link] linked file "./missing-definition.md" does not exist (looked for reports/missing-definition.md)',
      'series/x.md:4:41 error[missing-link] linked file "../reports/nothing.md" does not exist (looked for reports/nothing.md)',
      'stages/s1.md:6:48 error[missing-image] image "./s1-missing.svg" does not exist (looked for stages/s1-missing.svg)',
    ]);
  });

  it('check-remote-images-warning: remote images alone are warnings only', () => {
    expect(problemLines(fixture('check-remote-images-warning'))).toEqual([
      'reports/remote.md:4:15 warning[remote-image] remote image https://example.org/cover.jpg will be shown as a link, not loaded (remoteImages: true in site.yml loads it)',
      'reports/remote.md:7:7 warning[remote-image] remote image https://example.org/photo.jpg will be shown as a link, not loaded (remoteImages: true in site.yml loads it)',
    ]);
  });

  it('check-remote-images-allowed: remoteImages: true in site.yml opts in to remote images', () => {
    expect(problemLines(fixture('check-remote-images-allowed'))).toEqual([]);
  });
});
