/**
 * <bangyang-search data-bundle="/base/pagefind/"> — the site search box.
 *
 * This file is all a page ships until the reader focuses or types in the box (or arrives with
 * ?q=): it renders the form, then lazily imports the search UI, which loads Pagefind from the
 * bundle. Attributes: data-bundle (required, base-aware bundle URL), data-page-size (default 10),
 * data-autofocus (focus the box on load, which starts loading the index — for the search page).
 */

import { PAGE_TABLE_FILE } from '../../search/files.ts';
import { startPagefind, type StartedPagefind } from './pagefind-start.ts';

export interface SearchParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

let counter = 0;

/** The bundle folder from data-bundle, with a trailing slash. */
export function bundleUrl(el: HTMLElement): string {
  const b = el.dataset.bundle || '/pagefind/';
  return b.endsWith('/') ? b : b + '/';
}

export class BangyangSearch extends HTMLElement {
  parts: SearchParts | null = null;
  private loading: Promise<unknown> | null = null;

  connectedCallback(): void {
    if (this.parts) return;
    const id = `bys-q-${++counter}`;
    this.innerHTML =
      `<form class="bys-form" role="search"><label class="bys-label" for="${id}">搜索</label>` +
      `<input class="bys-input" id="${id}" name="q" type="search" autocomplete="off" enterkeyhint="search" placeholder="输入要查找的词句">` +
      `<button class="bys-submit" type="submit">搜索</button><div class="bys-filters" hidden></div></form>` +
      `<p class="bys-status" role="status" aria-live="polite"></p><ol class="bys-results"></ol>` +
      `<button class="bys-more" type="button" hidden>显示更多结果</button>`;
    const q = <T extends Element>(s: string) => this.querySelector(s) as T;
    this.parts = {
      form: q('.bys-form'),
      input: q('.bys-input'),
      filters: q('.bys-filters'),
      status: q('.bys-status'),
      results: q('.bys-results'),
      more: q('.bys-more'),
    };
    const { form, input } = this.parts;
    const wake = () => void this.activate();
    input.addEventListener('focus', wake, { once: true });
    input.addEventListener('input', wake, { once: true });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.activate();
    });
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.activate();
    } else if (this.hasAttribute('data-autofocus')) {
      input.focus(); // a page that is only a search box: start loading right away
    }
  }

  /** When activate() was first called (performance.now()). */
  activatedAt = 0;

  /** Pagefind (module, wasm, metadata) and the page table, loading alongside the UI code. */
  early: { pagefind: Promise<StartedPagefind>; table: Promise<Response> } | null = null;

  /** Loads the search UI once; it takes over the form from then on. */
  activate(): Promise<unknown> {
    if (!this.loading) {
      this.activatedAt = performance.now();
      const bundle = bundleUrl(this);
      this.early = { pagefind: startPagefind(bundle), table: fetch(bundle + PAGE_TABLE_FILE) };
      this.early.pagefind.catch(() => {}); // reported by the UI
      this.early.table.catch(() => {});
      this.loading = import('./search-ui.ts').then((m) => m.attach(this));
    }
    return this.loading;
  }
}

if (!customElements.get('bangyang-search')) customElements.define('bangyang-search', BangyangSearch);
