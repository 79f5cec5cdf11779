/**
 * Packs pages' sections into Pagefind records. Pagefind's `writeFiles` costs per record far more
 * than per position: the same 4,018 pages took 7–11 s as one record each and 3 s as one record per
 * eight (a fragment file each, 2–4 s of it creating files on ext4, and an entry under every word
 * the record holds). So sections of consecutive pages share a record up to RECORD_POSITIONS; the
 * page table (page-table.ts) says which positions of a record belong to which page, and the
 * browser cuts them apart again. The price: a result's excerpt downloads the whole record.
 */
import type { PagefindIndex } from 'pagefind';

export type CustomRecord = Parameters<PagefindIndex['addCustomRecord']>[0];

/**
 * Positions per record, at most (a section longer than that gets a record of its own). A report
 * of ~1.5 KB has ~600 positions; a section of a long page up to SECTION_POSITIONS (records.ts).
 * At N = 4,000 the search step after the render took 6.5–6.7 s with 2,000 and 4.8–5.4 s with
 * 4,000 (9.5 s one page per record); more would make each excerpt's download heavier still.
 */
export const RECORD_POSITIONS = 4000;

/** A page's section: its coded content (phrase.ts) and its number of positions. */
export interface CodedSection {
  content: string;
  positions: number;
}

/** A record and its sections: [page key, first position, positions] each, by position. */
export interface PackedRecord {
  /** records are numbered in the order they are opened (not closed: each part fills its own) */
  number: number;
  record: CustomRecord;
  sections: [string, number, number][];
}

interface OpenRecord {
  number: number;
  language: string;
  contents: string[];
  positions: number;
  sections: [string, number, number][];
}

/** A record's url: only a key (Pagefind keeps one record per url); the page table has the pages' urls. */
export const recordUrl = (n: number) => `/r/${n}`;

/** The record number of a record's url, or -1. */
export function recordNumber(url: string): number {
  const m = /^\/r\/(\d+)$/.exec(url);
  return m ? Number(m[1]) : -1;
}

/**
 * Records are numbered in the order they are opened; each index part (language) fills its own.
 * The order sections are added in decides the records, so it must be fixed for given content.
 */
export class RecordPacker {
  private readonly open = new Map<string, OpenRecord>();
  private count = 0;
  private readonly limit: number;

  constructor(limit = RECORD_POSITIONS) {
    this.limit = limit;
  }

  /** Adds a page's sections (all in one part); returns the records this closed, in order. */
  add(page: string, language: string, sections: readonly CodedSection[]): PackedRecord[] {
    const closed: PackedRecord[] = [];
    for (const s of sections) {
      let rec = this.open.get(language);
      if (rec && rec.positions + s.positions > this.limit) {
        closed.push(close(rec));
        rec = undefined;
      }
      if (!rec) {
        rec = { number: this.count++, language, contents: [], positions: 0, sections: [] };
        this.open.set(language, rec);
      }
      rec.sections.push([page, rec.positions, s.positions]);
      rec.contents.push(s.content);
      rec.positions += s.positions;
    }
    const rec = this.open.get(language);
    if (rec && rec.positions >= this.limit) {
      this.open.delete(language);
      closed.push(close(rec));
    }
    return closed;
  }

  /** Closes every open record, in record order. */
  finish(): PackedRecord[] {
    const rest = [...this.open.values()].sort((a, b) => a.number - b.number).map(close);
    this.open.clear();
    return rest;
  }
}

function close(rec: OpenRecord): PackedRecord {
  // one space between sections: Pagefind counts positions by whitespace, so a section's positions
  // continue where the previous one's end
  return { number: rec.number, record: { url: recordUrl(rec.number), content: rec.contents.join(' '), language: rec.language }, sections: rec.sections };
}
