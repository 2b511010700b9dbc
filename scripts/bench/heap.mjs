// `node scripts/bench/heap.mjs [path] [top]`: what a page's heap holds once every chart on it has drawn. Loads a demo
// page (default `/`, or `/bench/…` after `npm run bench -- --phone`), waits for every chart's `inclusion-ready`,
// takes a heap snapshot and prints its node count and size, then the `top` kinds of node (default 15) by count:
// JavaScript objects by constructor, strings, DOM and engine objects. A full garbage collection marks every one of
// them, so the count is what makes one long (a spine of every indicator: collections of 40 to 300 ms at 4x CPU).
// Unthrottled: the heap does not depend on the CPU. Needs dist/ built.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';
import { PROFILES, loadDrawn, profileContext } from './phone.mjs';
import { servedRoots } from './pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const { positionals: [path = '/', top = '15'] } = parseArgs({ allowPositionals: true });

/** Nodes of a snapshot by kind: `type:name`, strings and compiled code each one kind. */
function kinds(snap) {
  const { node_fields: fields, node_types: [types] } = snap.snapshot.meta;
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const { nodes, strings } = snap;
  const by = new Map();
  let count = 0;
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + ti]];
    const name = /string$/.test(type) ? '(text)' : type === 'code' || type === 'hidden' ? '' : strings[nodes[i + ni]].slice(0, 50);
    const k = `${type}${name ? `: ${name}` : ''}`;
    const a = by.get(k) ?? { n: 0, bytes: 0 };
    a.n++;
    a.bytes += nodes[i + si];
    by.set(k, a);
    count++;
    bytes += nodes[i + si];
  }
  return { count, bytes, by: [...by].sort((x, y) => y[1].n - x[1].n) };
}

// /bench: the pages `npm run bench -- --phone` writes (the sixty elements, the spine of every indicator).
const server = await serve(servedRoots(root));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await (await profileContext(browser, PROFILES.phone)).newPage();
  const cdp = await page.context().newCDPSession(page);
  const drawn = await loadDrawn(page, cdp, `http://127.0.0.1:${server.address().port}${path}`, 180_000);
  if (!drawn.total || drawn.settled < drawn.total) throw new Error(`${drawn.settled} of ${drawn.total} charts drawn`);
  // Later parts of a long chart, and work queued after the last chart, settle first.
  await page.waitForTimeout(3000);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const { count, bytes, by } = kinds(JSON.parse(chunks.join('')));
  console.log(`${path}: ${drawn.total} charts drawn; heap ${count.toLocaleString('en-GB')} nodes, ${(bytes / 1e6).toFixed(1)} MB`);
  for (const [k, a] of by.slice(0, Number(top))) console.log(`${a.n.toLocaleString('en-GB').padStart(10)}  ${(a.bytes / 1e6).toFixed(2).padStart(6)} MB  ${k}`);
} finally {
  await browser.close();
  server.close();
}
