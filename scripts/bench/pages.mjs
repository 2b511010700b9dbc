// The pages `npm run bench -- --phone` loads (scripts/bench/phone.mjs): the demo's own pages, and three it writes: the
// sixty elements of the desktop measures, the LA demo page without its scripts and, at scale, a spine of every
// indicator of the catalogue.

import { resolve } from 'node:path';

/**
 * What the pages are served from, under `root` (the repository): the demo, its data, the build, and the pages the
 * bench writes (`/bench`). The bench, light-trace and heap serve the same.
 */
export const servedRoots = (root) => ({
  '/': resolve(root, 'packages/demo/public'), '/data': resolve(root, 'packages/sample-data/data'), '/dist': resolve(root, 'dist'),
  '/bench': resolve(root, '.tmp/bench/phone'),
});

/** The sample catalogue, as the demo pages load it: each element fetches only its indicator's extract (issue 12). */
export const SAMPLE_SRC = '/data/catalogue.json';

export const PAGES = {
  'one-tile': { path: '/test-pages/one-tile.html', label: 'one tile (per-element entry)' },
  la: { path: '/', label: 'LA demo page (4 charts)' },
  // The same page with its scripts taken out: what the host page costs on its own (its first layout), no element.
  'la-host': { path: '/bench/la-host.html', label: 'LA demo page without its scripts (the host page alone)', host: true },
  'dashboard-la': { path: '/dashboard.html', label: 'dashboard, LA view' },
  'dashboard-national': { path: '/dashboard.html?mode=national', label: 'dashboard, national view' },
  sixty: { path: '/bench/sixty.html', label: '60 elements' },
  // At scale (issue 18), only when asked for (`--pages spine-all`): every LA indicator of the catalogue, one file each.
  'spine-all': { path: '/bench/spine-all.html', label: 'spine of every LA indicator (at scale)', scale: true },
};

/** The pages measured unless `--pages` says otherwise: all but the at-scale ones, which take minutes each. */
export const DEFAULT_PAGES = Object.keys(PAGES).filter((id) => !PAGES[id].scale);

/** A spine of every indicator the catalogue has for LAs, through the spine's own entry. */
export function spineAllPage(catalogue) {
  const ids = catalogue.indicators.filter((i) => i.coverage === 'la').map((i) => i.id).join(' ');
  return `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n`
    + '  <title>Spine of every indicator – bench</title>\n  <link rel="icon" href="data:,">\n'
    + '  <script type="module" src="/dist/elements/inclusion-spine.js"></script>\n</head>\n<body>\n  <main>\n    <h1>Salford: every indicator</h1>\n'
    + `    <inclusion-spine src="/data/catalogue.json" area="Salford" indicators="${ids}"></inclusion-spine>\n  </main>\n</body>\n</html>\n`;
}

/** The LA demo page (`html`, packages/demo/public/index.html) with its scripts taken out: no element is defined. */
export function hostOnlyPage(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '');
}

/** The desktop bench's sixty elements (scripts/bench/page.ts), as a page of its own on `src`. */
export function sixtyPage(src) {
  const kinds = [
    ['inclusion-tile', { indicator: 'ehcp-20-weeks' }], ['inclusion-benchmark', { indicator: 'persistent-absence' }],
    ['inclusion-trend', { indicator: 'suspension-rate' }], ['inclusion-ranking', { indicator: 'ehcp-20-weeks' }],
    ['inclusion-breakdown', { indicator: 'persistent-absence' }], ['inclusion-tile', { indicator: 'overall-absence' }],
  ];
  const las = ['Salford', 'Manchester', 'Kent', 'Leeds', 'Camden', 'Cumberland', 'Bolton', 'Surrey', 'Devon', 'Norfolk'];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const els = [];
  for (let i = 0; i < 60; i++) {
    const [tag, attrs] = kinds[i % kinds.length];
    const all = { src, area: las[Math.floor(i / kinds.length) % las.length], ...attrs };
    els.push(`    <${tag} ${Object.entries(all).map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}></${tag}>`);
  }
  return `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n`
    + '  <title>Sixty elements – bench</title>\n  <link rel="icon" href="data:,">\n'
    + '  <script type="module" src="/dist/inclusion-dashboard.js"></script>\n</head>\n<body>\n  <main>\n    <h1>Sixty elements</h1>\n'
    + `${els.join('\n')}\n  </main>\n</body>\n</html>\n`;
}
