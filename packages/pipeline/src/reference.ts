// The files the build reads besides the EES figure files (sources.ts, generated.ts): the LA and region lookups, the
// statistical neighbours and DfE's LAIT parquet and data dictionary. Declared here, one entry each, with the columns
// read, so that a missing or renamed file, or a column that moved, stops the build at once in one line.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import type { SourceEntry } from './declare';
import { EntryError } from './errors';

export const REFERENCE_FILE = 'packages/pipeline/src/reference.ts';

export interface ReferenceEntry {
  /** How messages name this entry. */
  name: string;
  /** Path under the data folder. */
  file: string;
  /** Columns the build reads (a CSV's header is checked before anything is read; the parquet's on reading). */
  columns: string[];
}

const entry = (name: string, file: string, columns: string[]): ReferenceEntry => ({ name, file, columns });

export const REFERENCE = {
  las: entry('DfE LA list', 'lookups/dfe_las.csv',
    ['new_la_code', 'la_name', 'date_of_operation', 'date_of_termination', 'parent_geography_code', 'entity_description', 'status', 'old_la_code']),
  regions: entry('DfE regions', 'lookups/dfe_regions.csv', ['region_code', 'region_name']),
  current: entry('current LAs with their LAIT names', 'lookups/la_lookup_current_derived.csv', ['old_la_code', 'lait_la_name']),
  neighbours2021: entry('statistical neighbours, 2021 model', 'statistical_neighbours/statistical_neighbours_2021_long_derived.csv',
    ['sn_model', 'la_number', 'sn_rank', 'sn_la_number', 'closeness']),
  neighbours2025: entry('statistical neighbours, 2025 model', 'statistical_neighbours/statistical_neighbours_2025_long_derived.csv',
    ['sn_model', 'la_number', 'sn_rank', 'sn_la_number', 'closeness']),
  laitDictionary: entry('LAIT data dictionary', 'lait/lait_data_dictionary.csv',
    ['Measure_short', 'Topic', 'Measure', 'Chart_title', 'Polarity', 'y_axis_name', 'Description', 'Last Update', 'Next Update',
      'Data Owner (DO) /Supplier and Contact Details', 'Hyperlink(s)', 'dps', 'Year_Type']),
  laitParquet: entry('LAIT benchmark data (bds_long)', 'lait/lait_bds_long.parquet', ['Short Desc', 'Years', 'LA Number', 'Values']),
} satisfies Record<string, ReferenceEntry>;

/**
 * Files in the data folder the build does not read, and why: each is a copy, a subset or an older form of a file
 * it does read. A file in the data folder that is neither declared nor listed here fails the pipeline tests.
 */
export const NOT_READ: Record<string, string> = {
  'lait/lait_benchmarks_absence_exclusions_sen_subset.csv': 'a subset of the LAIT parquet, which is read whole',
  'lait/lait_benchmarks_subset_measures.csv': 'definitions of that subset; the LAIT data dictionary covers every measure',
  'lait/lait_la_code_list.xlsx': 'LAIT\'s LA names; la_lookup_current_derived.csv carries them',
  'lookups/dfe_region_la_hierarchy.csv': 'region of each LA; dfe_las.csv carries it (parent_geography_code)',
  'statistical_neighbours/lait_sn_may_2025.xlsx': 'the 2025 neighbours, read from their long form',
  'statistical_neighbours/lait_sn_april_2021.xlsx': 'the 2021 neighbours, read from their long form',
  'statistical_neighbours/sn_model_2025_wide.csv': 'the 2025 neighbours again (CSC copy; identical)',
  'statistical_neighbours/sn_groupings_april_2021.csv': 'the 2021 neighbours again (CSC copy)',
};

/** Where an entry is declared, for messages. */
export const declaredIn = (e: SourceEntry | ReferenceEntry): string =>
  ('declaredIn' in e && e.declaredIn) || ('indicators' in e ? 'packages/pipeline/src/sources.ts' : REFERENCE_FILE);

export function missingFile(e: SourceEntry | ReferenceEntry): never {
  throw new EntryError(e, `the file is missing. Put the DfE file at ${e.file} under the data folder, or point entry "${e.name}" in ${declaredIn(e)} at its new name.`);
}

export function missingColumns(e: SourceEntry | ReferenceEntry, missing: readonly string[], have: number): never {
  const s = missing.length > 1;
  throw new EntryError(e, `column${s ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not found (the file has ${have} columns). If DfE renamed or moved ${s ? 'them' : 'it'}, change entry "${e.name}" in ${declaredIn(e)}.`);
}

/** A CSV's header row, read from its first 64 KB only. */
export function headerOf(path: string, file: string): string[] {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(65_536);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const first = buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0];
  return parseCsv(`${first}\n`, file).header;
}

/** Every reference file is there, and every CSV among them has the columns its entry reads. */
export function checkReferences(dir: string): void {
  for (const e of Object.values(REFERENCE)) {
    const path = join(dir, e.file);
    if (!existsSync(path)) missingFile(e);
    if (!e.file.endsWith('.csv')) continue;
    const header = headerOf(path, e.file);
    const missing = e.columns.filter((c) => !header.includes(c));
    if (missing.length) missingColumns(e, missing, header.length);
  }
}
