// The `Link` header that lets a page's element entries fetch their chunks at once (issue 12). Without it the browser
// learns of the chunks only after the entry itself has arrived and been parsed: a round trip and a busy main thread
// later. `dist/elements/entries.json` lists what each per-element entry imports; a host sends the list as
// `Link: <…>; rel=modulepreload` (docs/hosting.md), or a page writes the same as `<link rel="modulepreload">` tags.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = /<script\b([^>]*)>/gi;
const MODULE = /\btype=["']?module\b/i;
const SRC = /\bsrc=["']([^"']+)["']/i;

/**
 * The chunk URLs to preload for `html`: for each module script under `base` (an absolute URL path ending in `/`,
 * such as `/dist/elements/`) whose entry `entries` lists, every file it imports, once each, in page order; not the
 * `lazy` ones (lazy.json: Plot), which an element fetches as it connects, once its own code is in.
 */
export function preloadUrls(html, base, entries, lazy = []) {
  const out = new Set();
  for (const [, attrs] of String(html).matchAll(SCRIPT)) {
    const src = MODULE.test(attrs) ? SRC.exec(attrs)?.[1] : undefined;
    if (!src?.startsWith(base)) continue;
    const files = entries[src.slice(base.length).replace(/\.js$/, '')];
    if (!Array.isArray(files)) continue;
    for (const f of files.slice(1)) if (/^[\w./-]+\.js$/.test(f) && !f.includes('..') && !lazy.includes(f)) out.add(base + f);
  }
  return [...out];
}

/** The header value for `urls`, or null for none. */
export function linkHeader(urls) {
  return urls.length ? urls.map((u) => `<${u}>; rel=modulepreload`).join(', ') : null;
}

/**
 * `{ base, dir }` → a function from an HTML file to its Link header (or null), read again when the file or the
 * build's entries.json changes.
 */
export function modulePreloader({ base, dir }) {
  const entriesFile = join(dir, 'entries.json');
  const lazyFile = join(dir, 'lazy.json');
  const memo = new Map();
  return (file) => {
    let key;
    let entries;
    try {
      key = `${statSync(file).mtimeMs}\0${statSync(entriesFile).mtimeMs}`;
      if (memo.get(file)?.key === key) return memo.get(file).value;
      entries = JSON.parse(readFileSync(entriesFile, 'utf8'));
    } catch {
      return null; // no build yet: the page still works, one round trip slower
    }
    let lazy = [];
    try {
      lazy = JSON.parse(readFileSync(lazyFile, 'utf8'));
    } catch { /* a build from before lazy.json: everything is preloaded */ }
    const value = linkHeader(preloadUrls(readFileSync(file, 'utf8'), base, entries, Array.isArray(lazy) ? lazy : []));
    memo.set(file, { key, value });
    return value;
  };
}
