import { ExtractError, ObservationsExtract } from '@inclusion-dashboard/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeAtomic } from '../build';

/**
 * Writes a finished local extract. The bytes go to a temporary file that is renamed over the target, so an
 * existing extract is only ever replaced by a complete one. A target that exists but is not an observations
 * extract (a CSV, a folder, anything else) is never replaced: the analyst probably named the wrong file.
 */
export function writeLocalExtract(path: string, bytes: Uint8Array): { replaced: boolean } {
  let replaced = false;
  if (existsSync(path)) {
    const st = statSync(path);
    if (!st.isFile()) throw new Error(`${path} exists and is not a file: choose another --out.`);
    if (st.size > 512 * 1024 * 1024) throw new Error(`${path} exists and is not an extract: it is not replaced. Choose another --out.`);
    try {
      new ObservationsExtract(readFileSync(path));
    } catch (e) {
      if (e instanceof ExtractError) throw new Error(`${path} exists and is not an observations extract, so it is not replaced: choose another --out.`);
      throw e;
    }
    replaced = true;
  }
  writeAtomic(path, bytes);
  return { replaced };
}
