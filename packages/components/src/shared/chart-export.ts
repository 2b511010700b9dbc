// Getting a chart out: the drawn SVG as a file that stands on its own (title, subtitle, the chart, the source line,
// and the summary as its <title>/<desc> alt text), as SVG or as PNG. The styles the chart takes from the element's
// shadow CSS do not travel with a copy, so each node's computed presentation is written onto it. And the data as
// CSV: the published figures behind the chart, with codes, period, unit, status and source (core's chartCsv).
import { chartCsv, sourceLine, toCsv, type ExtractSet, type IndicatorMeta, type TableModel } from '@inclusion-dashboard/core';
import { withText } from './png-text';
import { fontMeasurer, wrap } from './text-layout';

export interface ExportText {
  title: string;
  subtitle: string;
  /** What the chart shows, in words: the file's alt text. */
  alt: string;
  source: string;
  fileName: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'display', 'visibility'];
const FONT = 'arial, sans-serif';
// Colours come from the element's --inclusion-* properties (see standaloneSvg), so a themed chart exports themed.

/** "Source: …" as the element's footer says it, with the data licence (core's words). */
export { sourceLine };

/** The chart's main SVG: the biggest one inside (legend swatches are small SVGs too). */
export function chartSvg(container: Element | null | undefined): SVGSVGElement | null {
  const all = [...(container?.querySelectorAll('svg') ?? [])];
  const area = (s: SVGSVGElement) => { const b = s.getBoundingClientRect(); return b.width * b.height; };
  return all.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** Lines of at most `width` pixels of text at `size` and `weight` in the export's font, measured as the charts are. */
function lines(text: string, width: number, size: number, weight: string): string[] {
  return text.trim() ? wrap(text, Math.max(width, size * 6), fontMeasurer(`${weight} ${size}px ${FONT}`, size * 0.55)) : [];
}

function textBlock(lines: string[], y: number, size: number, weight: string, colour: string): { g: SVGGElement; height: number } {
  const g = document.createElementNS(SVG_NS, 'g');
  lines.forEach((l, i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({ x: '0', y: String(y + size + i * size * 1.3), 'font-size': String(size), 'font-weight': weight, fill: colour, 'font-family': FONT })) t.setAttribute(k, v);
    t.textContent = l;
    g.append(t);
  });
  return { g, height: lines.length * size * 1.3 };
}

/** A standalone SVG document: the chart with its words around it. */
export function standaloneSvg(chart: SVGSVGElement, text: ExportText): SVGSVGElement {
  const box = chart.getBoundingClientRect();
  // The page's theme, as the element shows it (the --inclusion-* properties reach into its shadow root).
  const theme = getComputedStyle(chart);
  const colour = (name: string) => theme.getPropertyValue(`--inclusion-${name}`).trim() || 'currentColor';
  const width = Math.max(320, Math.ceil(box.width));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  // A long chart's later parts (the spine's), SVGs of their own laid over it, go into the copy as groups.
  const parts = [...(chart.parentElement?.querySelectorAll<SVGSVGElement>(':scope > svg.chart-part') ?? [])];
  for (const part of parts) {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('transform', `translate(0,${Number(part.dataset.y)})`);
    g.append(...(part.cloneNode(true) as SVGSVGElement).childNodes);
    copy.append(g);
  }
  // Computed presentation onto the copy, node by node (both trees have the same shape).
  const from = [chart, ...chart.querySelectorAll('*'), ...parts.flatMap((p) => [p, ...p.querySelectorAll('*')])];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((node, i) => {
    const cs = getComputedStyle(node);
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).filter((d) => !d.endsWith(':')).join(';');
    to[i].setAttribute('style', style);
  });
  copy.querySelector('g.focus-layer')?.remove();
  for (const a of ['class', 'role', 'aria-label', 'aria-hidden', 'tabindex']) copy.removeAttribute(a);

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  const title = document.createElementNS(SVG_NS, 'title');
  title.id = 'export-title';
  title.textContent = `${text.title}: ${text.subtitle}`;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.id = 'export-desc';
  desc.textContent = text.alt;
  const bg = document.createElementNS(SVG_NS, 'rect');
  out.append(title, desc, bg);

  const pad = 16;
  let y = pad;
  const heading = textBlock(lines(text.title, width, 20, '700'), y, 20, '700', colour('text'));
  y += heading.height;
  const sub = textBlock(lines(text.subtitle, width, 15, '400'), y + 4, 15, '400', colour('secondary-text'));
  y += sub.height + 16;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  y += box.height + 12;
  const src = textBlock(lines(text.source, width, 12, '400'), y, 12, '400', colour('secondary-text'));
  y += src.height + pad;

  const inner = document.createElementNS(SVG_NS, 'g');
  inner.setAttribute('transform', `translate(${pad} 0)`);
  inner.append(heading.g, sub.g, copy, src.g);
  out.append(inner);
  const w = width + 2 * pad;
  const h = Math.ceil(y);
  for (const [k, v] of Object.entries({ width: String(w), height: String(h), viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-labelledby': 'export-title export-desc' })) out.setAttribute(k, v);
  for (const [k, v] of Object.entries({ width: String(w), height: String(h), fill: colour('background') })) bg.setAttribute(k, v);
  return out;
}

export function svgString(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/**
 * The SVG drawn onto a canvas at `scale` (a data: URL, which a strict img-src with data: allows), as PNG bytes, with
 * `fields` (Title, Description: the alt text, Copyright: the source line) written into the file as text chunks.
 */
export async function pngBlob(svg: SVGSVGElement, scale = 2, fields: Record<string, string> = {}): Promise<Blob> {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgString(svg))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, w, h);
  const png = await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('The PNG could not be made.'))), 'image/png'));
  return new Blob([withText(new Uint8Array(await png.arrayBuffer()), fields) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

export function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What the element's "Download the chart" buttons call. */
export async function downloadChart(container: Element | null | undefined, text: ExportText, kind: 'svg' | 'png'): Promise<void> {
  const chart = chartSvg(container);
  if (!chart) return;
  const svg = standaloneSvg(chart, text);
  if (kind === 'svg') save(new Blob([svgString(svg)], { type: 'image/svg+xml' }), `${text.fileName}.svg`);
  else save(await pngBlob(svg, 2, { Title: `${text.title}: ${text.subtitle}`, Description: text.alt, Copyright: text.source }), `${text.fileName}.png`);
}

export interface DataExport {
  /** The extracts the model was computed from; null for a table that follows another element. */
  set: ExtractSet | null;
  model: unknown;
  metas: IndicatorMeta[];
  /** The table as shown: the download when the model names no published figures. */
  table: TableModel;
  fileName: string;
}

/** The CSV text of "Download the data (CSV)". */
export function dataCsv({ set, model, metas, table }: DataExport): string {
  return (set && chartCsv(set, model, metas)) ?? toCsv(table);
}

/** What the element's "Download the data (CSV)" button calls. */
export function downloadData(d: DataExport): void {
  save(new Blob([dataCsv(d)], { type: 'text/csv;charset=utf-8' }), `${d.fileName}.csv`);
}
