import { AreaDirectory, ObservationsExtract, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Loaded {
  file: string;
  data: ObservationsExtract;
}

/** An extract file, or every observations extract in a folder. */
export function loadExtracts(path: string): Loaded[] {
  const p = resolve(path);
  const files = statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.arrow') && !['areas.arrow', 'neighbours.arrow'].includes(f)).sort().map((f) => join(p, f))
    : [p];
  return files.map((file) => ({ file, data: new ObservationsExtract(readFileSync(file)) }));
}

/** The areas and neighbours extracts an observations extract names, beside it on disk. */
export function loadAreas(loaded: Loaded): AreaDirectory {
  const dir = dirname(loaded.file);
  const areas = readAreas(readFileSync(join(dir, loaded.data.meta.areas)));
  const links = readNeighbours(readFileSync(join(dir, loaded.data.meta.neighbours)));
  return new AreaDirectory(areas, links);
}
