import { html, nothing, type TemplateResult } from 'lit';
import type { IndicatorMeta } from '@inclusion-dashboard/core';
import { definitionList } from './definition-list';
import { sourceParagraph } from './source-paragraph';

export interface FigureFooter {
  /** The data download, asked for by its button. */
  download: () => void;
  /** The chart's own download buttons, beside the data's. */
  exports: TemplateResult | TemplateResult[] | typeof nothing;
  notes: readonly string[];
  /** Every indicator shown: its definition, and the source line. */
  metas: readonly IndicatorMeta[];
}

/** Under every figure's table: the downloads, the notes, what the figures measure and where they come from. */
export function figureFooter({ download, exports, notes, metas }: FigureFooter): TemplateResult {
  return html`
    <div class="actions">
      <button class="link-button" type="button" @click=${download}>Download the data (CSV)</button>
      ${exports}
    </div>
    ${notes.length ? html`<ul class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    ${metas.length ? html`
      <details class="definitions">
        <summary>What ${metas.length > 1 ? 'these figures measure' : 'this figure measures'}</summary>
        <dl ${definitionList(metas)}></dl>
      </details>` : nothing}
    ${sourceParagraph(metas)}`;
}
