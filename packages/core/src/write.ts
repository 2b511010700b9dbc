/**
 * `@inclusion-dashboard/core/write`: writing extracts (the pipeline, the CLI's `extract`, tests). Apart from the main
 * entry so that importing core or the elements never loads apache-arrow's writer: in Node the import of
 * `@inclusion-dashboard/components` stays well within a second (issue 13), and bundles never hold it.
 */
export { writeObservations } from './extract/observations-write';
export { writeAreas, writeNeighbours } from './extract/areas-write';
export { encodeTable, type ColumnInput, type ColumnKind } from './extract/table-encode';
