const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element with its attributes and children: the marks drawn beside Plot's (leaders, labels, rules, focus
 * rings, legend swatches). Text goes in as text nodes, never as markup, as names come from data files.
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}
