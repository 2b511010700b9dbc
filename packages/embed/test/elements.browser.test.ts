// A per-element entry point from the build (dist/elements/inclusion-tile.js), as snippets/element-scripts.html
// loads it: it registers its one element and loads no charting code.
export {}; // a module: its constants stay out of the other test files' scope
const TAGS = [
  'inclusion-area-picker', 'inclusion-benchmark', 'inclusion-breakdown', 'inclusion-dashboard', 'inclusion-map', 'inclusion-ranking',
  'inclusion-spine', 'inclusion-table', 'inclusion-tile', 'inclusion-trend',
];

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

describe('dist/elements/inclusion-tile.js', () => {
  it('registers only <inclusion-tile>, draws it, and never loads Plot', async () => {
    const text = await (await fetch('/packages/demo/public/snippets/element-scripts.html')).text();
    const src = /<script type="module" src="([^"]+)"[^>]*><\/script>/.exec(text)![1];
    await import(/* @vite-ignore */ src);
    const defined = TAGS.filter((t) => customElements.get(t));
    check(defined.join() === 'inclusion-tile', `defined: ${defined.join(', ')}`);

    const el = document.createElement('inclusion-tile');
    for (const [k, v] of Object.entries({ src: '/packages/sample-data/data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford' })) el.setAttribute(k, v);
    document.body.append(el);
    const t0 = performance.now();
    while (!el.shadowRoot?.querySelector('figure, [role=alert]')) {
      check(performance.now() - t0 < 20000, 'the tile did not draw within 20 s');
      await new Promise((r) => setTimeout(r, 25));
    }
    check(el.shadowRoot!.querySelector('.value')?.textContent === '50.1%', `tile text: ${el.shadowRoot!.textContent}`);

    const scripts = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/dist/elements/'));
    check(scripts.length > 1, `expected the entry and its chunks, got ${scripts.join(', ')}`);
    check(!scripts.some((n) => /\/chunks\/plot-/.test(n)), `the tile loaded Plot: ${scripts.join(', ')}`);
  });
});
