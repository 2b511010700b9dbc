const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes that are lengths: a negative one is an SVG error, and draws nothing, so it is drawn as 0. */
const SIZES = new Set(['width', 'height', 'r', 'rx', 'ry', 'stroke-width']);

/**
 * An attribute's text, never NaN or Infinity. Core sets impossible figures aside before anything is drawn, so a
 * non-finite number here is a bug: the draw fails (the element shows its `draw` error) rather than a broken chart.
 */
export function svgNumber(name: string, v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`a drawing size is not a finite number (${name}=${v})`);
  return String(SIZES.has(name) && v < 0 ? 0 : v);
}

/**
 * An SVG element with its attributes and children: the marks drawn beside Plot's (leaders, labels, rules, focus
 * rings, legend swatches). Text goes in as text nodes, never as markup, as names come from data files.
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, typeof v === 'number' ? svgNumber(k, v) : v);
  el.append(...children);
  return el;
}

/** Geometry attributes whose text must hold no NaN or Infinity (Plot writes them as text). */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'viewBox']);
const BAD_NUMBER = /NaN|Infinity/;

/**
 * The last check on a finished drawing (Plot's and ours) before it is shown: any NaN or Infinity in its geometry,
 * or a negative size, fails the draw with the element's `draw` error instead of drawing a broken chart.
 */
export function checkSvgNumbers(root: Element): void {
  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    // The names an element has, not a lookup of each geometry name (a ranking's 153 dots and their axes: 17 lookups
    // an element, 22 ms of a 97 ms draw at 4x CPU), nor `el.attributes`, which makes an Attr node for each
    // attribute and a map to hold them, kept as long as the element (16,000 of them in a spine of every indicator).
    for (const name of el.getAttributeNames()) {
      if (!GEOMETRY.has(name)) continue;
      const v = el.getAttribute(name)!;
      if (BAD_NUMBER.test(v) || (SIZES.has(name) && Number(v) < 0)) {
        throw new RangeError(`a drawing size is not a finite number or is negative (<${el.localName} ${name}="${v.slice(0, 40)}">)`);
      }
    }
  }
}

/** A drawing (or part of one) as it may be shown: no NaN, Infinity or negative size, and not Plot's own styles. */
export function checkedDrawing<T extends Element>(node: T): T {
  checkSvgNumbers(node);
  for (const s of node.querySelectorAll('style')) s.remove();
  return node;
}
