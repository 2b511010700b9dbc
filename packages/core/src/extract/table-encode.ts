import {
  Dictionary, Float64, Int8, Int16, Int32, RecordBatch, Schema, Table, Utf8,
  tableToIPC, vectorFromArray, type Vector,
} from 'apache-arrow';

// Writing extracts (the pipeline, tests): apache-arrow's writer, reached only from '@inclusion-dashboard/core/write',
// so that importing core or the elements (in Node, or a bundle) never loads it. Reading is table-codec.ts.

export type ColumnKind = 'dict' | 'f64' | 'i32';

export type ColumnInput =
  | { name: string; kind: 'dict'; values: readonly (string | null)[] }
  | { name: string; kind: 'f64' | 'i32'; values: readonly (number | null)[] };

/** Encode columns as an Arrow IPC file. The same input always gives the same bytes. */
export function encodeTable(columns: readonly ColumnInput[], metadata: Record<string, string>): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const [i, c] of columns.entries()) {
    // An explicit dictionary id: Arrow's default comes from a process-wide counter, so bytes would depend on what was encoded before.
    const type = c.kind === 'dict' ? new Dictionary(new Utf8(), keyType(new Set(c.values).size), i) : c.kind === 'f64' ? new Float64() : new Int32();
    vectors[c.name] = vectorFromArray(c.values as unknown[], type as never);
  }
  const base = new Table(vectors);
  const schema = new Schema(base.schema.fields, new Map(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : 1))));
  // No rows: write no record batch. Arrow JS would write an empty one without its dictionaries, which readers reject.
  const table = new Table(schema, base.numRows === 0 ? [] : base.batches.map((b) => new RecordBatch(schema, b.data)));
  return tableToIPC(table, 'file');
}

/** The narrowest signed index type for a dictionary of this size: extracts stay small. */
function keyType(size: number) {
  return size < 128 ? new Int8() : size < 32768 ? new Int16() : new Int32();
}

