import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { capitalise as cap } from '@inclusion-dashboard/core';
import { dataError } from './errors';

/** The largest file read: the whole national data is about 3 MB a theme; a CSV from an LA is far smaller. */
export const MAX_BYTES = 256 * 1024 * 1024;

/**
 * A regular file's bytes, read up to a cap. A directory, a device (/dev/zero), a FIFO or a socket is refused
 * before any read, and the file is opened non-blocking so that a FIFO swapped in after the check cannot hang us.
 */
export function readCapped(path: string, what = 'file', max = MAX_BYTES): Uint8Array {
  const p = resolve(path);
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    throw dataError(fsMessage(e, p, what));
  }
  if (st.isDirectory()) throw dataError(`${cap(what)} ${p} is a folder, not a file.`);
  if (!st.isFile()) throw dataError(`${cap(what)} ${p} is not a regular file (it is a device, pipe or socket), so it is not read.`);
  if (st.size > max) throw dataError(`${cap(what)} ${p} is ${st.size} bytes, over the ${max}-byte limit.`);
  let fd: number;
  try {
    fd = openSync(p, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw dataError(fsMessage(e, p, what));
  }
  try {
    if (!fstatSync(fd).isFile()) throw dataError(`${cap(what)} ${p} is not a regular file, so it is not read.`);
    // Never more than max + 1 bytes, whatever the size said: a file can grow between stat and read.
    const buf = new Uint8Array(Math.min(st.size, max) + 1);
    let n = 0;
    for (let got; n < buf.length && (got = readSync(fd, buf, n, buf.length - n, null)) > 0;) n += got;
    if (n > max) throw dataError(`${cap(what)} ${p} is over the ${max}-byte limit.`);
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof Error && e.name === 'CliError') throw e;
    throw dataError(fsMessage(e, p, what));
  } finally {
    closeSync(fd);
  }
}

export function readText(path: string, what = 'file', max = MAX_BYTES): string {
  return new TextDecoder('utf-8').decode(readCapped(path, what, max));
}

/**
 * A companion file named inside a data file (areas, neighbours, an indicator's extract), resolved against that
 * file's folder. The name comes from a file that may be hostile: it must be a relative path with no `..` that
 * stays inside the folder once links are followed.
 */
export function companionPath(folder: string, name: string, what: string, allowSubfolders = false): string {
  const bad = (why: string) => dataError(`The ${what} named in the data, "${printable(name)}", ${why}, so it is not read.`);
  if (!name || name === '.' || name === '..') throw bad('is not a file name');
  if (isAbsolute(name) || /^[a-z]:/i.test(name) || name.includes('\\')) throw bad('is not a relative path');
  const parts = name.split('/');
  if (parts.includes('..') || parts.includes('.') || parts.includes('')) throw bad('leaves the data folder');
  if (!allowSubfolders && parts.length > 1) throw bad('is not a file beside it');
  const p = resolve(folder, name);
  let real: string;
  try {
    real = realpathSync(p);
  } catch {
    return p; // Missing: readCapped says so in its own words.
  }
  const root = realpathSync(folder);
  const rel = relative(root, real);
  if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) throw bad('points outside the data folder');
  return p;
}

function fsMessage(e: unknown, p: string, what: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `No such ${what}: ${p}`;
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${what} ${p}: permission denied.`;
  if (code === 'EISDIR') return `${cap(what)} ${p} is a folder, not a file.`;
  if (code === 'ENOTDIR') return `No such ${what}: ${p} (a part of the path is not a folder).`;
  if (code === 'ELOOP') return `Cannot read ${what} ${p}: too many symbolic links.`;
  return `Cannot read ${what} ${p}${code ? ` (${code})` : ''}.`;
}

/** Only for messages: a name from a file, shortened and without controls. */
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?').slice(0, 80);
