import { css } from 'lit';

export const mapStyles = css`
  /* The key beside the map where there is room, below it where there is not. */
  .chart .map-wrap { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px 24px; }
  .chart .map-wrap > svg.map { flex: none; overflow: visible; }
  .chart .map-legend { flex-direction: column; flex: 1 1 220px; margin: 0; }
  .chart .map-legend li.england { font-weight: 700; }
  .chart .map-legend svg { width: 24px; height: 24px; }
  .chart .map-legend svg.scale { width: 120px; height: 16px; }
  .chart .map-legend li.scale-item { gap: 8px; }
  .chart .selected-label { font-weight: 700; }
  /*
   * Forced colours: every hexagon in the system background with a CanvasText edge, and its band letter in CanvasText,
   * so the band is still told (by letter) when fills are not. A value map keeps its shades: they carry the values.
   * The selected LA's outline in Highlight; neighbours' dashed outline in CanvasText.
   */
  @media (forced-colors: active) {
    .chart svg.band-mode g.hexes g.hex path { fill: Canvas; stroke: CanvasText; }
    .chart svg.value-mode g.hexes g.hex path { stroke: CanvasText; }
    .chart svg.map g.hexes g.hex.no-value path { fill: Canvas; }
    .chart svg.band-mode g.marks text, .chart svg.map g.marks text.no-value { fill: CanvasText; }
    .chart svg.map g.outlines path.selected { stroke: Highlight; }
    .chart svg.map g.outlines path.neighbour { stroke: CanvasText; }
    .chart svg.map g.outlines path[class$='-halo'] { stroke: Canvas; }
    .chart .map-legend li.band-item svg path { fill: Canvas; stroke: CanvasText; }
    .chart .map-legend li.band-item svg text { fill: CanvasText; }
    .chart .map-legend li svg path[fill='none'] { stroke: CanvasText; }
  }
`;
