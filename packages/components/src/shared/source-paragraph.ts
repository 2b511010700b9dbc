import { html, nothing } from 'lit';
import { sourceGroups, type IndicatorMeta } from '@inclusion-dashboard/core';
import { safeLink } from './safe-link';

/**
 * "Source: …" under a figure: each publication once. A name given to several addresses (LAIT's) is written once,
 * not linked, and each of its indicators links its own publication in the definitions (definition-list.ts):
 * links of the same words going to different pages would not say where each goes.
 */
export function sourceParagraph(metas: readonly IndicatorMeta[]) {
  if (!metas.length) return nothing;
  const groups = sourceGroups(metas);
  return html`<p class="source">Source: ${groups.map((g, i) => html`${i ? '; ' : ''}${g.urls.length === 1
    ? safeLink(g.urls[0], g.publication)
    : html`${g.publication} (${g.urls.length} publications, linked in “What these figures measure”)`}, ${g.releases.join('; ')}`)}.</p>`;
}
