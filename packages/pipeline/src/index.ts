export { buildExtracts, collect, writeAtomic, LICENCE, type WrittenExtract, type BuildSummary } from './build';
export { buildAreas, buildNeighbours, BOUNDARY_CHANGES } from './areas';
export { CURATED, THEME_FILES, THEMES } from './catalogue';
export { CURATED_SOURCES } from './sources';
export { GENERATED_SOURCES } from './generated';
export { laitPeriod, laitValue, laitIds, readLaitParquet, readLaitDictionary, LAIT_PARQUET } from './lait';
export { CsvTable, parseCsv } from './csv';
export { SourceError, EntryError } from './errors';
export * from './local/index';
