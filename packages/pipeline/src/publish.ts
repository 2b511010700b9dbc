// Publishing an extract set: every file is written to a staging folder beside the set and synced, then the set is
// swapped in whole, so a build killed at any moment leaves the old set or the new one, never a mix of the two.
//
// Two layouts:
// - `outDir` a symlink (a pointer to a versioned folder `<outDir>.v-<time>-<pid>`): the swap is one rename of a
//   new link over the old one, atomic for readers too (a web server never sees a missing or mixed set).
// - `outDir` a plain folder (the committed sample): the old folder is renamed aside and the new one into place.
//   A build killed between those two renames leaves no folder at `outDir` and the whole old set aside; the next
//   build (or `recoverSet`) puts it back before doing anything else. Node has no atomic exchange of two folders.
// Leftovers of killed builds (`<outDir>.tmp-<pid>`, `.old-<pid>`, unreferenced `.v-*`, and `*.tmp-<pid>` files
// inside the set from older versions of the pipeline) are removed at the start of every build.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** The file-system calls publishing makes: a test injects a failure at each one to simulate a kill there. */
export interface PublishFs {
  mkdirSync(p: string, o: { recursive: true }): unknown;
  openSync(p: string, flags: string): number;
  writeSync(fd: number, b: Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(p: string, o: { recursive: true; force: true }): void;
  symlinkSync(target: string, p: string): void;
  readlinkSync(p: string): string;
  lstatSync(p: string, o: { throwIfNoEntry: false }): nodeFs.Stats | undefined;
  readdirSync(p: string): string[];
}

export const realFs: PublishFs = nodeFs as unknown as PublishFs;

export interface SetFile {
  /** Path inside the set, e.g. `indicators/ehcp-20-weeks.arrow`. */
  file: string;
  bytes: Uint8Array;
}

const leftover = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old|v)-[\\w-]+$`);

/** Writes and syncs one file: its bytes are on disk before any rename makes them visible. */
function writeSynced(fs: PublishFs, path: string, bytes: Uint8Array): void {
  const fd = fs.openSync(path, 'w');
  try {
    for (let at = 0; at < bytes.byteLength;) at += fs.writeSync(fd, bytes.subarray(at));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Syncs a folder's entries (the names of the files in it), where the platform allows it. */
function syncDir(fs: PublishFs, dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return; // Windows cannot open a folder
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse to sync a folder: the rename is still atomic, only its durability is weaker.
  } finally {
    fs.closeSync(fd);
  }
}

/** Old per-file temporaries (`x.arrow.tmp-123`) inside a set, from builds before sets were swapped whole. */
function removeStrayTemporaries(fs: PublishFs, dir: string): void {
  const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return;
  for (const name of fs.readdirSync(dir)) {
    const path = join(dir, name);
    if (/\.tmp-\d+$/.test(name)) fs.rmSync(path, { recursive: true, force: true });
    else if (fs.lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) removeStrayTemporaries(fs, path);
  }
}

/**
 * Puts the set at `outDir` back in order after a killed build: the old set is restored if it was left aside,
 * and every leftover staging, old or unreferenced versioned folder is removed. Returns what was done.
 */
export function recoverSet(outDir: string, fs: PublishFs = realFs): string[] {
  const parent = dirname(outDir);
  const base = basename(outDir);
  const done: string[] = [];
  if (!fs.lstatSync(parent, { throwIfNoEntry: false })) return done;
  const mine = fs.readdirSync(parent).filter((n) => leftover(base).test(n)).sort();
  const current = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (!current) {
    // Killed between renaming the old set aside and the new one in: the old set is whole, so it goes back.
    const aside = mine.find((n) => n.startsWith(`${base}.old-`));
    if (aside) {
      fs.renameSync(join(parent, aside), outDir);
      done.push(`restored ${aside}`);
    }
  }
  const linked = current?.isSymbolicLink() ? basename(fs.readlinkSync(outDir)) : null;
  for (const n of fs.readdirSync(parent).filter((x) => leftover(base).test(x))) {
    if (n === linked) continue;
    fs.rmSync(join(parent, n), { recursive: true, force: true });
    done.push(`removed ${n}`);
  }
  removeStrayTemporaries(fs, outDir);
  return done;
}

/**
 * Writes `files` as the whole set at `outDir` (files not listed are gone afterwards): staged, synced, swapped.
 * `pid` and `now` name the staging and versioned folders (the process id and time by default).
 */
export function publishSet(outDir: string, files: readonly SetFile[], fs: PublishFs = realFs, { pid = process.pid, now = Date.now() } = {}): void {
  const parent = dirname(outDir);
  const base = basename(outDir);
  const staging = join(parent, `${base}.tmp-${pid}`);
  const paths = files.map((f) => {
    const path = join(staging, f.file);
    if (!path.startsWith(staging + sep)) throw new Error(`"${f.file}" is outside the extract set.`);
    return path;
  });
  recoverSet(outDir, fs);
  fs.mkdirSync(parent, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  const dirs = new Set<string>([staging]);
  for (const [i, f] of files.entries()) {
    const path = paths[i];
    const dir = dirname(path);
    if (!dirs.has(dir)) { fs.mkdirSync(dir, { recursive: true }); dirs.add(dir); }
    writeSynced(fs, path, f.bytes);
  }
  for (const d of [...dirs].sort().reverse()) syncDir(fs, d);

  const current = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (current?.isSymbolicLink()) {
    // The pointer layout: a versioned folder, then one rename of a new link over the old.
    const previous = join(parent, basename(fs.readlinkSync(outDir)));
    const version = `${base}.v-${now}-${pid}`;
    fs.renameSync(staging, join(parent, version));
    const link = join(parent, `${base}.tmp-${pid}-link`);
    fs.symlinkSync(version, link);
    fs.renameSync(link, outDir);
    syncDir(fs, parent);
    if (previous !== join(parent, version) && leftover(base).test(basename(previous))) fs.rmSync(previous, { recursive: true, force: true });
    return;
  }
  if (!current) {
    fs.renameSync(staging, outDir);
    syncDir(fs, parent);
    return;
  }
  const aside = join(parent, `${base}.old-${pid}`);
  fs.renameSync(outDir, aside);
  fs.renameSync(staging, outDir);
  syncDir(fs, parent);
  fs.rmSync(aside, { recursive: true, force: true });
}
