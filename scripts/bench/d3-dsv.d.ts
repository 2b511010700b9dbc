// d3-dsv ships no types; the benchmark uses one function.
declare module 'd3-dsv' {
  export function csvParse(text: string): Record<string, string>[];
}
