/**
 * Every problem `check` can report. Codes are stable: editors search for them and tests assert them.
 * `title` names the kind of problem; `hint` says what usually fixes it (shown in JSON and the README).
 */
export const catalogue = {
  // Reading files
  'encoding': { title: 'Unreadable text encoding', hint: 'Save the file as UTF-8 (in Excel: “CSV UTF-8”), or as GB18030/GBK.' },
  'yaml-syntax': { title: 'Invalid YAML', hint: 'Check indentation and quotes; a value containing “: ” must be quoted.' },
  'csv-syntax': { title: 'Invalid CSV', hint: 'Check for an unclosed quote in the row.' },
  'duplicate-column': { title: 'Column given twice', hint: 'Remove one of the two columns.' },
  'csv-ragged-row': { title: 'Row has the wrong number of cells', hint: 'Every row needs as many cells as the header; look for an extra or missing comma.' },
  'unreadable-file': { title: 'File cannot be read', hint: 'Check that it is a file (not a folder) and that it may be read.' },
  'missing-file': { title: 'Required file is missing', hint: 'Create the file named in the message.' },
  'missing-front-matter': { title: 'Markdown file has no front matter', hint: 'Start the file with a --- block holding at least the required keys.' },
  // Shape of one entry (from the zod schemas)
  'missing-key': { title: 'Required key is missing', hint: 'Add the key named in the message.' },
  'unknown-key': { title: 'Unknown key', hint: 'Keys are English and case-sensitive; see the content model in the README.' },
  'invalid-type': { title: 'Value has the wrong type', hint: 'Lists are written as [a, b] or one “- item” per line; numbers without quotes.' },
  'invalid-value': { title: 'Value is not one of the allowed values', hint: 'Use one of the values listed in the message.' },
  'invalid-date': { title: 'Invalid date', hint: 'Write dates as YYYY-MM-DD, e.g. 2011-06-30.' },
  'out-of-range': { title: 'Value out of range', hint: 'See the limits named in the message.' },
  'invalid-id': { title: 'Invalid id', hint: 'Ids may be Chinese or Latin but may not contain spaces, slashes, ?, # or %.' },
  // References between files
  'unknown-unit': { title: 'Unknown unit', hint: 'Use a unit id or its exact name from units.csv.' },
  'unknown-series': { title: 'Unknown series', hint: 'Use the file name (without .md) of a file in series/.' },
  'unknown-stage': { title: 'Unknown stage', hint: 'Use the file name (without .md) of a file in stages/.' },
  'unknown-case': { title: 'Unknown case', hint: 'Use the file name (without .md) or slug of a file in cases/.' },
  'unknown-parent': { title: 'Unknown parent unit', hint: 'A parent must be the id of another row in units.csv.' },
  'unit-cycle': { title: 'Units form a cycle', hint: 'A unit cannot be its own ancestor; fix one of the parent cells.' },
  // Duplicates
  'duplicate-id': { title: 'Duplicate id', hint: 'Ids (file names or slugs) must be unique within a collection; rename one file or set a different slug.' },
  'duplicate-name': { title: 'Duplicate name', hint: 'Names must be unique, otherwise a reference by name is ambiguous.' },
  'duplicate-order': { title: 'Duplicate stage order', hint: 'Give every stage its own order number.' },
  // Scoring scheme
  'grade-order': { title: 'Grades not in descending order', hint: 'List grades from highest to lowest, each min strictly below the one before.' },
  'grade-floor': { title: 'Lowest grade does not start at 0', hint: 'Set min: 0 on the last grade so every total gets a grade.' },
  'indicator-sum': { title: 'Indicator maxima do not add up to 100', hint: 'A 百分量化考核 scheme usually totals 100; check the max values.' },
  // Stages
  'stage-dates': { title: 'Stage ends before it starts', hint: 'Check start and end; start must be on or before end.' },
  // Score files
  'scores-unknown-stage': { title: 'Scores file for an unknown stage', hint: 'Name the file after a stage id, e.g. scores/2011-zhiliang.csv.' },
  'scores-unit-column': { title: 'No unit column', hint: 'The first header cell must be “unit” or “单位”.' },
  'scores-unknown-column': { title: 'Unknown column', hint: 'Headers are indicator ids or names from scoring.yml, plus an optional note/备注.' },
  'scores-duplicate-column': { title: 'Column given twice', hint: 'Remove one of the two columns.' },
  'scores-missing-indicator': { title: 'Indicator has no column', hint: 'Add a column for every indicator in scoring.yml.' },
  'score-not-number': { title: 'Score is not a number', hint: 'Write scores with half-width digits and an optional decimal point, e.g. 27.5.' },
  'score-range': { title: 'Score out of range', hint: 'A score runs from 0 to the indicator’s max in scoring.yml.' },
  'scores-duplicate-unit': { title: 'Unit scored twice in one stage', hint: 'Keep one row per unit (a unit may appear by id and by name — both count).' },
  'scores-without-scoring': { title: 'Scores without a scoring scheme', hint: 'Add scoring.yml with indicators and grades.' },
  // Markdown bodies
  'missing-image': { title: 'Image not found', hint: 'Paths are relative to the Markdown file; check the folder and the spelling.' },
  'missing-link': { title: 'Linked file not found', hint: 'Paths are relative to the Markdown file; check the folder and the spelling.' },
  'remote-image': { title: 'Remote image', hint: 'The intranet has no internet: put the image next to the Markdown, or set remoteImages: true in site.yml.' },
  // Archive
  'archive-changed': { title: 'Archived file changed', hint: 'Undo the change, or record a deliberate correction with npm run archive -- <stage> --amend --reason "…".' },
  'archive-missing': { title: 'Archived file missing', hint: 'Restore the file, or record the correction with npm run archive -- <stage> --amend --reason "…".' },
  'archive-manifest': { title: 'Archive manifest unreadable', hint: 'Restore the manifest from version control; it is written by npm run archive.' },
  'archive-unverifiable': { title: 'Archived stage has no manifest', hint: 'Run npm run archive -- <stage> to record checksums, so later changes are caught.' },
} as const satisfies Record<string, { title: string; hint: string }>;

export type Code = keyof typeof catalogue;
