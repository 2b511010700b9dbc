// Publishing an extract set (publish.ts): a build killed at any file-system call, renames included, leaves the
// old set or the new one, never a mix; the next build puts a set left aside back and clears every leftover.
// A kill is simulated by failing the k-th call and every call after it (a killed process runs no clean-up).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { publishSet, realFs, recoverSet, type PublishFs, type SetFile } from '../src/publish';

const SAMPLE = resolve(import.meta.dirname, '../../sample-data/data');
const real = (f: string) => new Uint8Array(readFileSync(join(SAMPLE, f)));
const [ind1, ind2, ind3] = readdirSync(join(SAMPLE, 'indicators')).slice(0, 3);

// The old set and the new: same names with other bytes, one indicator gone and one new.
const OLD: SetFile[] = [
  { file: 'areas.arrow', bytes: real('areas.arrow') }, { file: 'ehcp.arrow', bytes: real('ehcp.arrow') },
  { file: 'catalogue.json', bytes: real('catalogue.json') },
  { file: `indicators/${ind1}`, bytes: real(`indicators/${ind1}`) }, { file: `indicators/${ind2}`, bytes: real(`indicators/${ind2}`) },
];
const NEW: SetFile[] = [
  { file: 'areas.arrow', bytes: real('neighbours.arrow') }, { file: 'ehcp.arrow', bytes: real('attendance.arrow') },
  { file: 'catalogue.json', bytes: new TextEncoder().encode('{"rebuilt":true}') },
  { file: `indicators/${ind2}`, bytes: real(`indicators/${ind1}`) }, { file: `indicators/${ind3}`, bytes: real(`indicators/${ind3}`) },
];

/** Every file under `dir` (following a symlinked set), path → text of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p, `${prefix}${n}/`);
      else out.set(`${prefix}${n}`, Buffer.from(readFileSync(p)).toString('base64'));
    }
  };
  walk(dir, '');
  return out;
}
const asMap = (files: SetFile[]) => new Map(files.map((f) => [f.file, Buffer.from(f.bytes).toString('base64')]));
const sameAs = (dir: string, files: SetFile[]) => {
  const a = snapshot(dir);
  const b = asMap(files);
  return a.size === b.size && [...b].every(([k, v]) => a.get(k) === v);
};

class Killed extends Error {}

/** node:fs whose k-th call (and every later one) fails, as if the process died there. */
function killedAt(k: number): { fs: PublishFs; calls: () => number } {
  let n = 0;
  const wrapped = Object.fromEntries(Object.entries(realFs).filter(([, v]) => typeof v === 'function').map(([name, f]) => [name, (...args: unknown[]) => {
    if (++n >= k) throw new Killed(`killed at call ${n} (${name})`);
    return (f as (...a: unknown[]) => unknown).apply(fs, args);
  }]));
  return { fs: wrapped as unknown as PublishFs, calls: () => n };
}

/** A parent folder holding the old set at `data`, as a plain folder or as a link to a versioned folder. */
function withOldSet(layout: 'folder' | 'link'): string {
  const parent = mkdtempSync(join(tmpdir(), 'publish-'));
  const out = join(parent, 'data');
  if (layout === 'folder') publishSet(out, OLD, realFs, { pid: 1 });
  else {
    fs.symlinkSync('data.v-0-0', out);
    publishSet(join(parent, 'data.v-0-0-real'), OLD, realFs, { pid: 1 });
    fs.renameSync(join(parent, 'data.v-0-0-real'), join(parent, 'data.v-0-0'));
  }
  return out;
}

const leftovers = (out: string) => readdirSync(resolve(out, '..')).filter((n) => n !== 'data' && !(fs.lstatSync(out).isSymbolicLink() && n === fs.readlinkSync(out)));

describe('publishing an extract set', () => {
  for (const layout of ['folder', 'link'] as const) {
    test(`${layout}: a build killed at every call leaves the old set or the new, never a mix`, () => {
      // How many calls a whole publish makes.
      const probe = killedAt(Infinity);
      publishSet(withOldSet(layout), NEW, probe.fs, { pid: 4242, now: 1 });
      const total = probe.calls();
      assert.ok(total > 20, `${total} calls`);
      const outcomes = { old: 0, new: 0, aside: 0 };
      for (let k = 1; k <= total; k++) {
        const out = withOldSet(layout);
        const kill = killedAt(k);
        assert.throws(() => publishSet(out, NEW, kill.fs, { pid: 4242, now: 1 }), Killed);
        if (fs.existsSync(out)) {
          const isOld = sameAs(out, OLD);
          assert.ok(isOld || sameAs(out, NEW), `killed at call ${k}: a mix of old and new`);
          outcomes[isOld ? 'old' : 'new']++;
        } else {
          // Only a plain folder, only between its two renames: the whole old set waits aside.
          assert.equal(layout, 'folder', `killed at call ${k}: no set`);
          assert.ok(sameAs(join(out, '..', 'data.old-4242'), OLD), `killed at call ${k}: the set aside is not the old one`);
          outcomes.aside++;
        }
        // The next build starts by putting things back: the old set or the new, and nothing else beside it.
        recoverSet(out);
        assert.ok(sameAs(out, OLD) || sameAs(out, NEW), `after recovery from a kill at call ${k}`);
        assert.deepEqual(leftovers(out), [], `leftovers after a kill at call ${k}`);
        // And a build that finishes gives the new set.
        publishSet(out, NEW, realFs, { pid: 77, now: 2 });
        assert.ok(sameAs(out, NEW));
        assert.deepEqual(leftovers(out), []);
      }
      console.log(`${layout}: killed at each of ${total} calls: ${JSON.stringify(outcomes)}`);
      assert.ok(outcomes.old > 0 && outcomes.new > 0, JSON.stringify(outcomes));
      if (layout === 'folder') assert.equal(outcomes.aside, 1);
    });
  }

  test('leftovers of earlier runs are removed: staging folders and per-file temporaries', () => {
    const out = withOldSet('folder');
    fs.mkdirSync(join(out, '..', 'data.tmp-999', 'indicators'), { recursive: true });
    fs.writeFileSync(join(out, '..', 'data.tmp-999', 'half.arrow'), 'partial');
    fs.writeFileSync(join(out, 'ehcp.arrow.tmp-31337'), 'partial');
    fs.writeFileSync(join(out, 'indicators', 'x.arrow.tmp-5'), 'partial');
    publishSet(out, NEW);
    assert.ok(sameAs(out, NEW));
    assert.deepEqual(leftovers(out), []);
  });

  test('a path outside the set is refused before anything is swapped', () => {
    const out = withOldSet('folder');
    assert.throws(() => publishSet(out, [{ file: '../escape.arrow', bytes: new Uint8Array(1) }]), /outside the extract set/);
    assert.ok(sameAs(out, OLD));
  });
});
