// d3-dsv ships no types; the benchmark and the CSV tests use these.
declare module 'd3-dsv' {
  export function csvParse(text: string): Record<string, string>[];
  export function csvParseRows(text: string): string[][];
}
