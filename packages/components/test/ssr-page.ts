// The page ssr.test.ts renders in Node and ssr.browser.test.ts hydrates (served, rendered afresh, by
// scripts/wtr-ssr-plugin.mjs): a tile and a chart, as a server would send them.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../src/define-all';

const EHCP = '/packages/sample-data/data/ehcp.arrow';

export function ssrPage(): string {
  return collectResultSync(render(html`<div id="ssr">
<inclusion-tile id="tile" src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>
<inclusion-benchmark id="bars" src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>
</div>`));
}
