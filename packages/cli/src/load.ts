import { AreaDirectory, ExtractSet, ObservationsExtract, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** An extract file, or every observations extract in a folder, with the areas and neighbours beside them. */
export function loadExtracts(path: string): ExtractSet {
  const p = resolve(path);
  const files = statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.arrow') && !['areas.arrow', 'neighbours.arrow'].includes(f)).sort().map((f) => join(p, f))
    : [p];
  const extracts = files.map((file) => new ObservationsExtract(readFileSync(file)));
  const first = extracts[0];
  if (!first) throw new Error(`No observations extracts in ${p}.`);
  const dir = dirname(files[0]);
  // The names come from the file, which may be hostile: only ever read beside it, never `../` elsewhere.
  const areas = readAreas(readFileSync(join(dir, basename(first.meta.areas))));
  const links = readNeighbours(readFileSync(join(dir, basename(first.meta.neighbours))));
  return new ExtractSet(extracts, new AreaDirectory(areas, links));
}
