import type { Position } from '../load/position.ts';
import type { YamlPath } from '../load/yaml.ts';
import type { Case, Report as ReportEntry, Scoring, Series, Site, Stage, Unit } from '../model/index.ts';

/** A validated Markdown entry with the means to point back into its file. */
export interface Entry<T> {
  id: string;
  /** Display path (relative to the working directory). */
  file: string;
  /** Absolute path on disk. */
  path: string;
  data: T;
  body: string;
  bodyLine: number;
  locate(path: YamlPath, part?: 'key' | 'value'): Position;
}

export interface UnitRow extends Unit {
  at: Record<string, Position>;
  line: number;
}

export interface ScoreRowAt {
  unit: string;
  scores: Record<string, number>;
  note?: string;
  line: number;
  at: Record<string, Position>;
}

export interface StageScores {
  stage: string;
  file: string;
  path: string;
  rows: ScoreRowAt[];
}

/** Everything that loaded and validated; entries with errors are left out so rules do not pile up. */
export interface CheckedContent {
  dir: string;
  site?: Site;
  scoring?: Scoring;
  units: UnitRow[];
  unitsFile?: string;
  series: Entry<Series>[];
  reports: Entry<ReportEntry>[];
  cases: Entry<Case>[];
  stages: Entry<Stage>[];
  scores: StageScores[];
  /** Unit id for an id or a name; undefined when unknown. */
  resolveUnit(ref: string): string | undefined;
}
