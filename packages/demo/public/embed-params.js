// Which elements and attributes the iframe embed page accepts from its query string. Anything else is ignored, so a
// link cannot make the page run script, load another site's data or create other elements.
// packages/embed/test/embed-params.test.ts keeps this list within custom-elements.json.

const COMMON = ['src', 'indicator', 'area', 'period', 'breakdown', 'heading-level'];
/** Named LAs or a named group to compare with (plain text, shown as text). */
const COMPARE = ['compare', 'group', 'group-label'];

/** Element → attributes it may be given. The picker needs a page around it, so it is not offered on its own. */
export const ALLOWED = {
  'inclusion-benchmark': [...COMMON, ...COMPARE, 'neighbours'],
  'inclusion-tile': [...COMMON, ...COMPARE],
  'inclusion-trend': [...COMMON, ...COMPARE, 'years', 'intervals'],
  'inclusion-ranking': [...COMMON, ...COMPARE, 'region', 'mode'],
  'inclusion-map': [...COMMON, ...COMPARE, 'colour', 'neighbour-model'],
  'inclusion-spine': [...COMMON, ...COMPARE, 'indicators'],
  'inclusion-breakdown': [...COMMON, 'intervals'],
  'inclusion-table': [...COMMON, 'view'],
  'inclusion-dashboard': ['src', 'area', 'mode', 'theme', 'indicator', 'heading-level', ...COMPARE, 'url-state'],
};

const MAX_VALUE = 500;

/** Colours the embed builder can pass (`colour-selected=#5a1e5f`): the elements' custom properties, hex only. */
export const COLOURS = ['text', 'secondary-text', 'background', 'border', 'link', 'focus', 'selected', 'comparator'];
const HEX = /^#[0-9a-f]{6}$/i;

/** Every space-separated URL in a src resolves to the embed page's own origin. */
function sameOrigin(value, base) {
  const origin = new URL(base).origin;
  return value.split(/\s+/).filter(Boolean).every((u) => {
    try { return new URL(u, base).origin === origin; } catch { return false; }
  });
}

/**
 * Build the element a query string asks for, with DOM APIs only (no HTML parsing).
 * Returns { element } or { error } with a sentence for the page.
 */
export function elementFromQuery(search, doc, base) {
  const params = new URLSearchParams(search);
  const tag = params.get('element') ?? '';
  const allowed = Object.hasOwn(ALLOWED, tag) ? ALLOWED[tag] : null;
  if (!allowed) return { error: `This embed needs ?element= set to one of: ${Object.keys(ALLOWED).join(', ')}.` };
  const el = doc.createElement(tag);
  for (const [name, value] of params) {
    if (name.startsWith('colour-') && COLOURS.includes(name.slice(7)) && HEX.test(value)) {
      // Through the CSSOM, which a strict style-src allows (a style attribute would not be).
      el.style.setProperty(`--inclusion-${name.slice(7)}`, value);
      continue;
    }
    if (!allowed.includes(name) || value.length > MAX_VALUE) continue;
    if (name === 'src' && !sameOrigin(value, base)) return { error: 'The data file must be on the same site as this page.' };
    el.setAttribute(name, value);
  }
  if (!el.hasAttribute('src')) return { error: 'This embed needs a src= naming the data file.' };
  // Shown until the element upgrades, and if the script cannot load.
  const fallback = doc.createElement('p');
  fallback.textContent = 'This chart needs JavaScript to show.';
  el.append(fallback);
  return { element: el };
}
