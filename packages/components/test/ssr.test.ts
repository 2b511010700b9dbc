// Issue 13: elements render on a server with @lit-labs/ssr, as declarative shadow DOM, and importing them in Node
// has no side effect. ssr.browser.test.ts hydrates the same page in Chromium, where the elements load and draw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ssrPage } from './ssr-page';

test('the tile and the benchmark render on a server as declarative shadow DOM, saying they are loading', () => {
  const out = ssrPage();
  for (const tag of ['inclusion-tile', 'inclusion-benchmark']) {
    const at = out.indexOf(`<${tag}`);
    assert.ok(at >= 0, tag);
    const own = out.slice(at, out.indexOf(`</${tag}>`, at));
    assert.match(own, /<template shadowroot="open" shadowrootmode="open">/, `${tag}: a declarative shadow root`);
    assert.match(own, /<style>[^]*--inclusion-font[^]*<\/style>/, `${tag}: its styles inside the shadow root`);
    assert.match(own, /aria-busy="true"[^>]*>[^]*Loading data…/, `${tag}: the loading state`);
    assert.match(own, /<!--lit-part [^>]*-->/, `${tag}: hydration markers`);
    assert.match(own, /area="Salford"/, `${tag}: its attributes`);
  }
});
