export { buildExtracts, readIndicator, writeAtomic, LICENCE, type WrittenExtract } from './build';
export { buildAreas, buildNeighbours, BOUNDARY_CHANGES } from './areas';
export { CATALOGUE, THEME_FILES, type IndicatorDef } from './catalogue';
export { CsvTable, parseCsv } from './csv';
export { SourceError } from './errors';
export * from './local/index';
