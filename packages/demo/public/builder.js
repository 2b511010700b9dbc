// The embed builder: choose an LA, an indicator, a chart and its options; see it live; copy a script-tag snippet
// (with the bundle's integrity, computed here from the bytes this site serves) or an iframe snippet. Every choice
// lives in the query string, so the address can be shared. With a data/catalogue.json, snippets name the catalogue
// and the indicator, so an embed fetches the catalogue and that indicator's extract only. Builds the page with DOM APIs only (the demo's CSP
// allows no inline script or style; colours are set through the CSSOM).
import { areaOptions, fromCatalogue, fromExtracts, periodLabel } from './dist/catalogue.js';

const BUNDLE = 'dist/inclusion-dashboard.js';
/** Read when the data folder has no catalogue.json: the extracts the demo and the release ship. */
const EXTRACTS = ['ap.arrow', 'attendance.arrow', 'context.arrow', 'ehcp.arrow', 'exclusions.arrow'];
const ELEMENTS = [
  ['inclusion-tile', 'Tile: the figure, with England and the region'],
  ['inclusion-benchmark', 'Benchmark: compared with statistical neighbours, the region and England'],
  ['inclusion-trend', 'Trend: the figure over time'],
  ['inclusion-ranking', 'Ranking: every local authority in order'],
  ['inclusion-breakdown', 'Breakdown: by phase, need or other breakdown'],
  ['inclusion-table', 'Table: the figures as a data table'],
];
/** The custom properties the elements read (docs/embedding.md), with their defaults. */
export const COLOURS = [
  ['text', 'Text', '#0b0c0c'],
  ['background', 'Background', '#ffffff'],
  ['link', 'Links', '#1d70b8'],
  ['selected', 'The chosen local authority', '#12436d'],
  ['comparator', 'Other areas', '#898e92'],
];

const $ = (id) => document.getElementById(id);
const form = $('builder');
const picker = $('area');
const search = $('indicator-search');
const indicatorSelect = $('indicator');
const periodSelect = $('period');
const breakdownSelect = $('breakdown');
const headingSelect = $('heading');
const snippetBox = $('snippet');
const copied = $('copied');

let index;
/** Whether the index came from data/catalogue.json: snippets then point at it rather than at one extract. */
let catalogued = false;
let integrity = '';

const option = (value, text, selected = false) => Object.assign(document.createElement('option'), { value, textContent: text, selected });
const dataUrl = (file) => new URL(`data/${file}`, location.href).href;

/** The choices, read from the form. */
function state() {
  const colours = {};
  for (const [name, , dflt] of COLOURS) {
    const v = $(`colour-${name}`).value.toLowerCase();
    if (v !== dflt) colours[name] = v;
  }
  return {
    area: picker.value,
    indicator: indicatorSelect.value,
    element: form.querySelector('input[name=element]:checked')?.value ?? ELEMENTS[0][0],
    period: periodSelect.value,
    breakdown: breakdownSelect.value,
    heading: headingSelect.value,
    kind: document.querySelector('input[name=kind]:checked').value,
    colours,
  };
}

function toQuery(s) {
  const q = new URLSearchParams();
  for (const k of ['area', 'indicator', 'element', 'period', 'breakdown', 'heading', 'kind']) if (s[k]) q.set(k, s[k]);
  for (const [k, v] of Object.entries(s.colours)) q.set(`colour-${k}`, v);
  return q;
}

/** The attributes of the element the choices describe; `base` makes the data URL absolute for another site. */
function attributes(s, entry, absolute) {
  const file = catalogued ? 'catalogue.json' : entry.file;
  const a = { src: absolute ? dataUrl(file) : `data/${file}`, indicator: s.indicator, area: s.area };
  if (s.period) a.period = s.period;
  if (s.breakdown && s.breakdown !== entry.breakdown.total) a.breakdown = s.breakdown;
  if (s.heading !== '3') a['heading-level'] = s.heading;
  return a;
}

const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const styleOf = (colours) => Object.entries(colours).map(([k, v]) => `--inclusion-${k}: ${v}`).join('; ');

function snippet(s, entry) {
  const area = picker.options.find((o) => o.value === s.area)?.label ?? s.area;
  if (s.kind === 'iframe') {
    const q = new URLSearchParams({ element: s.element, ...attributes(s, entry, false) });
    for (const [k, v] of Object.entries(s.colours)) q.set(`colour-${k}`, v);
    const src = new URL(`embed.html?${q}`, location.href).href;
    return `<iframe data-inclusion-embed\n  title="${escapeAttr(`${entry.label}: ${area}`)}"\n  src="${escapeAttr(src)}"\n  width="100%" height="500"></iframe>\n<script src="${escapeAttr(new URL('embed-parent.js', location.href).href)}"></script>`;
  }
  const attrs = Object.entries(attributes(s, entry, true)).map(([k, v]) => `\n  ${k}="${escapeAttr(v)}"`).join('');
  const style = styleOf(s.colours);
  const script = `<script type="module" src="${escapeAttr(new URL(BUNDLE, location.href).href)}"${integrity ? `\n  integrity="${integrity}"` : ''} crossorigin="anonymous"></script>`;
  return `${script}\n<${s.element}${attrs}${style ? `\n  style="${escapeAttr(style)}"` : ''}></${s.element}>`;
}

function entryFor(id) {
  return index.indicators.find((i) => i.id === id);
}

/** Period and breakdown choices follow the indicator. */
function fillDetails(entry, want = {}) {
  periodSelect.replaceChildren(option('', 'Latest published', !want.period));
  for (const p of [...entry.periods].reverse()) periodSelect.append(option(p, periodLabel(p), p === want.period));
  breakdownSelect.replaceChildren();
  for (const b of entry.breakdown.values) {
    breakdownSelect.append(option(b, b === entry.breakdown.total ? `${b} (all)` : b, b === (want.breakdown || entry.breakdown.total)));
  }
  breakdownSelect.disabled = entry.breakdown.values.length < 2;
}

function fillIndicators(query = '') {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter(Boolean);
  const chosen = indicatorSelect.value;
  indicatorSelect.replaceChildren();
  let shown = 0;
  for (const t of index.themes) {
    // Every word of the search must appear in the label, id or theme ("absence sen" finds "Persistent absence by SEN status").
    const list = index.indicators.filter((i) => i.theme === t.id
      && words.every((w) => `${i.label} ${i.id} ${t.label}`.toLowerCase().includes(w)));
    if (!list.length) continue;
    const group = Object.assign(document.createElement('optgroup'), { label: t.label });
    for (const i of list) group.append(option(i.id, i.label, i.id === chosen));
    indicatorSelect.append(group);
    shown += list.length;
  }
  $('indicator-count').textContent = q ? `${shown} of ${index.indicators.length} indicators match.` : `${index.indicators.length} indicators in ${indicatorSelect.children.length} themes.`;
}

let drawn = '';
function update() {
  const s = state();
  const entry = entryFor(s.indicator);
  if (!entry || !s.area) return;
  history.replaceState(null, '', `?${toQuery(s)}`);
  // Redraw the preview only when what it shows changed (the snippet kind does not).
  const key = JSON.stringify({ ...s, kind: '' });
  if (key !== drawn) {
    drawn = key;
    const el = document.createElement(s.element);
    for (const [k, v] of Object.entries(attributes(s, entry, false))) el.setAttribute(k, v);
    for (const [k, v] of Object.entries(s.colours)) el.style.setProperty(`--inclusion-${k}`, v);
    $('preview').replaceChildren(el);
    contrastWarning(s.colours);
  }
  snippetBox.value = snippet(s, entry);
  $('sri-note').hidden = s.kind !== 'script';
  copied.textContent = '';
}

/** WCAG contrast of the chosen text and link colours against the background (the elements' own check is in core). */
function contrastWarning(colours) {
  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = (hex) => { const [r, g, b] = rgb(hex); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const c = Object.fromEntries(COLOURS.map(([k, , d]) => [k, colours[k] ?? d]));
  const low = ['text', 'link'].filter((k) => ratio(c[k], c.background) < 4.5).map((k) => COLOURS.find(([n]) => n === k)[1].toLowerCase());
  $('contrast').textContent = low.length ? `Warning: ${low.join(' and ')} on this background has less than 4.5:1 contrast, too little for many readers.` : '';
}

async function bytes(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

async function loadIndex() {
  const cat = await fetch('data/catalogue.json').catch(() => null);
  if (cat?.ok) {
    catalogued = true;
    return fromCatalogue(await cat.json());
  }
  const files = await Promise.all(EXTRACTS.map(async (file) => ({ file, bytes: await bytes(`data/${file}`) })));
  return fromExtracts(files);
}

/** The integrity of the bundle as this site serves it, so the snippet matches the bytes. */
async function bundleIntegrity() {
  const digest = await crypto.subtle.digest('SHA-384', await bytes(BUNDLE));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

function buildControls(want) {
  const radios = $('element');
  for (const [tag, label] of ELEMENTS) {
    const div = document.createElement('div');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'element', id: `element-${tag}`, value: tag, checked: tag === (want.element ?? ELEMENTS[0][0]) });
    const l = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label });
    div.append(input, l);
    radios.append(div);
  }
  const colours = $('colours');
  for (const [name, label, dflt] of COLOURS) {
    const div = document.createElement('div');
    const input = Object.assign(document.createElement('input'), { type: 'color', id: `colour-${name}`, value: want.colours[name] ?? dflt });
    const l = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label });
    div.append(input, l);
    colours.append(div);
  }
}

function readQuery() {
  const q = new URLSearchParams(location.search);
  const colours = {};
  for (const [name] of COLOURS) {
    const v = q.get(`colour-${name}`);
    if (v && /^#[0-9a-f]{6}$/i.test(v)) colours[name] = v.toLowerCase();
  }
  const element = ELEMENTS.some(([t]) => t === q.get('element')) ? q.get('element') : undefined;
  return {
    area: q.get('area') ?? '', indicator: q.get('indicator') ?? '', element, period: q.get('period') ?? '',
    breakdown: q.get('breakdown') ?? '', heading: q.get('heading') ?? '', kind: q.get('kind') === 'iframe' ? 'iframe' : 'script', colours,
  };
}

async function start() {
  const want = readQuery();
  let areas;
  try {
    [index, integrity] = await Promise.all([loadIndex(), bundleIntegrity().catch(() => '')]);
    areas = areaOptions(await bytes(`data/${index.areas}`));
  } catch (e) {
    $('loading').textContent = `The indicators could not be loaded: ${e instanceof Error ? e.message : e}`;
    return;
  }
  picker.options = areas;
  picker.value = areas.some((a) => a.value === want.area) ? want.area : (areas.find((a) => a.label === 'Salford') ?? areas[0]).value;
  fillIndicators();
  const first = entryFor(want.indicator) ?? index.indicators.find((i) => i.coverage === 'la') ?? index.indicators[0];
  indicatorSelect.value = first.id;
  fillDetails(first, want);
  if (['2', '3', '4', '5', '6'].includes(want.heading)) headingSelect.value = want.heading;
  $(`kind-${want.kind}`).checked = true;
  buildControls(want);
  $('sri-note').textContent = integrity
    ? 'The integrity value makes the browser refuse the script if its bytes ever change; update the code when this site publishes a new version.'
    : 'This browser could not compute the integrity value, so the script tag has none.';

  picker.addEventListener('change', update);
  indicatorSelect.addEventListener('change', () => { fillDetails(entryFor(indicatorSelect.value)); update(); });
  search.addEventListener('input', () => fillIndicators(search.value));
  form.addEventListener('change', (e) => { if (e.target !== indicatorSelect) update(); });
  form.addEventListener('input', (e) => { if (e.target.type === 'color') update(); });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const r of document.querySelectorAll('input[name=kind]')) r.addEventListener('change', update);
  $('copy').addEventListener('click', copy);

  $('loading').remove();
  for (const el of [form, $('preview-section'), $('code-section')]) el.hidden = false;
  update();
}

async function copy() {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copied.textContent = 'Code copied. Paste it into your page.';
  } catch {
    snippetBox.focus();
    snippetBox.select();
    copied.textContent = 'Your browser did not allow copying: the code is selected, press Ctrl+C (or Cmd+C) to copy it.';
  }
}

start();
