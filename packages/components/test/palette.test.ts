// Every colour the elements use, checked for WCAG 2.2 contrast: marks 3:1 (1.4.11) and text 4.5:1 (1.4.3) against
// the white background, touching marks 3:1 against each other (or kept apart by a white halo), and the GOV.UK focus
// indicator 3:1 against whatever it can sit on. The element sources are scanned, so a new colour fails here until it
// is given a role below.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { contrast, parseColour } from '@inclusion-dashboard/core';
import { AF, GOVUK, SERIES } from '../src/shared/palette';

const SRC = new URL('../src/', import.meta.url);
const BG = GOVUK.white;

/**
 * How each colour reference is used, per source file:
 * mark (3:1 against white), text (4.5:1), halo (the background itself, drawn to separate marks),
 * outlined (a fill under 3:1 whose outline, named here, carries the 3:1), decorative (a rule that conveys nothing).
 */
type Role = 'mark' | 'text' | 'halo' | { outlinedBy: string } | { decorative: string };

const ROLES: Record<string, Record<string, Role>> = {
  'inclusion-benchmark/inclusion-benchmark.ts': {
    'SERIES.selected': 'mark', // the selected LA's bar
    'SERIES.comparator': 'mark', // each neighbour's bar
    'AF.orange': 'mark', // the neighbours' average (as in the trend)
    'AF.darkPink': 'mark', // a chosen group's average (as in the trend)
    'AF.turquoise': 'mark', // the region
    'AF.darkGrey': 'mark', // England
    'GOVUK.midGrey': { decorative: 'rule between the neighbours and the averages; every bar is labelled' },
    'GOVUK.white': 'halo', // behind the names above the bars
  },
  'inclusion-breakdown/inclusion-breakdown.ts': {
    'SERIES.selected': 'mark', // the LA's bars
    'SERIES.comparator': 'mark', // England's bars
    'GOVUK.text': 'text', // labels, zero line, whiskers
    'GOVUK.white': 'halo', // under the whiskers
  },
  'inclusion-ranking/inclusion-ranking.ts': {
    '#898e92': 'mark', // every other LA's dot
    'SERIES.selected': 'text', // the selected LA's dot, leader and bold label
    'GOVUK.secondaryText': 'mark', // funnel control limits
    'AF.darkPink': 'mark', // a chosen group's diamonds, outlined in white
    'GOVUK.text': 'text', // England line, band rules, labels
    'GOVUK.white': 'halo', // label halos, dot outlines
  },
  'inclusion-spine/inclusion-spine.ts': {
    'SERIES.selected': 'mark', // the LA's marker
    'SERIES.comparator': 'mark', // outline of the full range
    'GOVUK.midGrey': { outlinedBy: 'SERIES.comparator' }, // fill of the full range
    'GOVUK.secondaryText': 'text', // the middle half's fill, and secondary text
    'GOVUK.text': 'text', // England's line, text
    'GOVUK.white': 'halo', // marker outlines, hollow markers, England's halo
    'GOVUK.border': { decorative: 'rules between rows; every row is also labelled and aligned' },
    'AF.darkPink': 'mark', // a chosen group's average, dashed, on a white halo
  },
  'inclusion-trend/inclusion-trend.ts': {
    'SERIES.selected': 'mark', // the LA's line and points (and its confidence band, a tint whose limits are in the table)
    'AF.orange': 'mark', // neighbours' line
    'AF.darkPink': 'mark', // a chosen group's line
    'AF.turquoise': 'mark', // region's line
    'AF.darkGrey': 'mark', // England's line
    'GOVUK.secondaryText': 'mark', // series-break rules
    'GOVUK.text': 'text', // labels, baseline
    'GOVUK.white': 'halo', // point outlines
  },
  'inclusion-map/map-draw.ts': {
    'GOVUK.text': 'text', // outlines of the selected LA and its neighbours, the selected LA's label (band fills: core's BAND_FILL, each carrying its letter)
    'GOVUK.white': 'halo', // gaps between hexagons, halos under the outlines and the label
    'GOVUK.secondaryText': 'mark', // the edge of a hexagon with no value, and of the value scale in the key
  },
  'shared/legend.ts': {
    'GOVUK.white': 'halo', // marker outlines in the key
  },
  'inclusion-dashboard/inclusion-dashboard.styles.ts': {
    '#d4351c': 'text', // GOV.UK error red: why the LAs typed cannot be compared with, and the box's border
  },
  'inclusion-area-picker/inclusion-area-picker.styles.ts': {
    '#fff': 'halo', // text on the highlighted option: checked against the link blue below
  },
  'shared/base.styles.ts': {
    '#0b0c0c': 'text', '#505a5f': 'text', '#ffffff': 'halo', '#b1b4b6': { decorative: 'table and input borders beside text' },
    '#1d70b8': 'text', '#ffdd00': { decorative: 'focus yellow: checked with its black edge below' }, '#12436d': 'mark',
    '#898e92': 'mark', '#d4351c': 'text',
  },
};

const NAMED: Record<string, Record<string, string>> = { AF, GOVUK, SERIES };
const REF = /\b(AF|SERIES|GOVUK)\.(\w+)|#[0-9a-fA-F]{8}\b|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g;

function resolve(ref: string): string {
  if (ref.startsWith('#')) return ref;
  const [ns, key] = ref.split('.');
  const hex = NAMED[ns]?.[key];
  if (!hex) throw new Error(`Unknown palette colour ${ref}`);
  return hex;
}

/** Element and shared sources (not stories), with their colour references. */
function scan(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of readdirSync(SRC, { recursive: true }) as string[]) {
    // The palette itself, and the forced-colours map (checked against the palette below).
    if (!f.endsWith('.ts') || f.endsWith('.stories.ts') || f === 'shared/palette.ts' || f === 'shared/chart.styles.ts') continue;
    const text = readFileSync(new URL(f, SRC), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    const refs = new Set([...text.matchAll(REF)].map((m) => m[0]));
    if (refs.size) out.set(f, refs);
  }
  return out;
}

const ratio = (a: string, b: string) => contrast(resolve(a), resolve(b));
const fmt = (n: number) => n.toFixed(2);

describe('contrast()', () => {
  test('matches the WCAG definition on known pairs', () => {
    assert.equal(fmt(contrast('#000', '#fff')), '21.00');
    assert.equal(contrast('#12436d', '#12436D'), 1);
    assert.equal(fmt(contrast('#767676', '#ffffff')), '4.54'); // the classic just-passing grey
    assert.equal(fmt(contrast('rgb(255, 255, 255)', 'color(srgb 0 0 0)')), '21.00');
    // A translucent colour is seen over the other: 50% black on white is a mid grey.
    assert.equal(fmt(contrast('rgba(0, 0, 0, 0.5)', '#fff')), fmt(contrast('rgb(127.5, 127.5, 127.5)', '#fff')));
    assert.equal(parseColour('none'), null);
  });
});

describe('palette: every colour in the element sources has a role', () => {
  const found = scan();
  for (const [file, refs] of found) {
    test(file, () => {
      const roles = ROLES[file] ?? {};
      const missing = [...refs].filter((r) => !(r in roles));
      assert.deepEqual(missing, [], `${file} uses colours with no role in palette.test.ts: ${missing.join(', ')}`);
    });
  }
  test('no role is listed for a colour that is no longer used', () => {
    const stale = Object.entries(ROLES).flatMap(([file, roles]) => Object.keys(roles).filter((r) => !found.get(file)?.has(r)).map((r) => `${file} ${r}`));
    assert.deepEqual(stale, []);
  });
});

describe('palette: against the white background', () => {
  for (const [file, roles] of Object.entries(ROLES)) {
    for (const [ref, role] of Object.entries(roles)) {
      const c = ratio(ref, BG);
      if (role === 'mark') test(`${file}: ${ref} mark ${fmt(c)}:1 ≥ 3:1`, () => assert.ok(c >= 3, `${fmt(c)}:1`));
      else if (role === 'text') test(`${file}: ${ref} text ${fmt(c)}:1 ≥ 4.5:1`, () => assert.ok(c >= 4.5, `${fmt(c)}:1`));
      else if (role === 'halo') test(`${file}: ${ref} halo is the background`, () => assert.equal(c, 1));
      else if ('outlinedBy' in role) {
        test(`${file}: ${ref} fill outlined by ${role.outlinedBy} at ${fmt(ratio(role.outlinedBy, BG))}:1 ≥ 3:1`, () => {
          assert.ok(ratio(role.outlinedBy, BG) >= 3);
        });
      }
    }
  }
  test('SERIES.selected and SERIES.comparator each have 3:1 against white', () => {
    assert.ok(ratio(SERIES.selected, BG) >= 3, fmt(ratio(SERIES.selected, BG)));
    assert.ok(ratio(SERIES.comparator, BG) >= 3, fmt(ratio(SERIES.comparator, BG)));
  });
});

/**
 * Marks that touch: [element, what, colour A, colour B, halo between them or null]. With a halo, A and B need
 * 3:1 against the halo instead of against each other.
 */
const TOUCHING: [string, string, string, string, string | null][] = [
  ['benchmark', 'selected bar beside comparator bars', 'SERIES.selected', 'SERIES.comparator', null],
  ['breakdown', "LA bar beside England's bar", 'SERIES.selected', 'SERIES.comparator', null],
  ['breakdown', "whisker across the LA's bar", 'GOVUK.text', 'SERIES.selected', 'GOVUK.white'],
  ['ranking', 'selected dot among comparator dots', 'SERIES.selected', 'SERIES.comparator', null],
  ['ranking', 'England line through comparator dots', 'GOVUK.text', 'SERIES.comparator', null],
  ['ranking', 'selected dot on the England line', 'SERIES.selected', 'GOVUK.text', 'GOVUK.white'],
  ['spine', 'middle half on the full range', 'GOVUK.secondaryText', 'GOVUK.midGrey', null],
  ['spine', 'LA marker on the full range', 'SERIES.selected', 'GOVUK.midGrey', null],
  ['spine', 'filled LA marker on the middle half', 'SERIES.selected', 'GOVUK.secondaryText', 'GOVUK.white'],
  ['spine', 'hollow LA marker on the middle half', 'GOVUK.white', 'GOVUK.secondaryText', null],
  ['spine', 'England line on the full range', 'GOVUK.text', 'GOVUK.midGrey', null],
  ['spine', 'England line on the middle half', 'GOVUK.text', 'GOVUK.secondaryText', 'GOVUK.white'],
  ['trend', 'LA point on a comparator line', 'SERIES.selected', 'AF.darkGrey', 'GOVUK.white'],
  ['trend', 'neighbours point on the region line', 'AF.orange', 'AF.turquoise', 'GOVUK.white'],
  ['ranking', 'group diamond among comparator dots', 'AF.darkPink', 'SERIES.comparator', 'GOVUK.white'],
  ['spine', 'group average line on the full range', 'AF.darkPink', 'GOVUK.midGrey', null],
  ['spine', 'group average line on the middle half', 'AF.darkPink', 'GOVUK.secondaryText', 'GOVUK.white'],
];

describe('palette: touching marks', () => {
  for (const [el, what, a, b, halo] of TOUCHING) {
    const shown = halo ? `${fmt(ratio(a, halo))}:1 and ${fmt(ratio(b, halo))}:1 against the ${halo} halo` : `${fmt(ratio(a, b))}:1`;
    test(`${el}: ${what}, ${shown}`, () => {
      if (halo) {
        assert.ok(ratio(a, halo) >= 3 && ratio(b, halo) >= 3, shown);
      } else assert.ok(ratio(a, b) >= 3, shown);
    });
  }
});

/** The trend's series looks, read from its source (they are module-private). */
function trendLooks(): Record<string, { colour: string; dash: string; symbol: string }> {
  const text = readFileSync(new URL('inclusion-trend/inclusion-trend.ts', SRC), 'utf8');
  const looks: Record<string, { colour: string; dash: string; symbol: string }> = {};
  for (const m of text.matchAll(/^\s*(\w+): \{ colour: ([\w.#]+), dash: '([^']*)', symbol: '(\w+)'/gm)) {
    looks[m[1]] = { colour: resolve(m[2]), dash: m[3], symbol: m[4] };
  }
  return looks;
}

describe('palette: trend series that cross', () => {
  const looks = trendLooks();
  test('all five series are read from the source', () => {
    assert.deepEqual(Object.keys(looks).sort(), ['area', 'england', 'group', 'neighbours', 'region']);
  });
  // Lines cross rather than touch as fills, and no four colours can all have 3:1 with each other and with white,
  // so any pair under 3:1 must differ in dash pattern and in marker shape as well (and each line is labelled).
  const keys = Object.keys(looks);
  for (const [i, a] of keys.entries()) {
    for (const b of keys.slice(i + 1)) {
      const c = contrast(looks[a].colour, looks[b].colour);
      test(`${a} and ${b}: ${fmt(c)}:1${c < 3 ? ', so dash and marker differ' : ''}`, () => {
        if (c >= 3) return;
        assert.notEqual(looks[a].dash, looks[b].dash);
        assert.notEqual(looks[a].symbol, looks[b].symbol);
      });
    }
  }
});

describe('text colours', () => {
  const pairs: [string, string, string, number][] = [
    ['body text on white', GOVUK.text, BG, 4.5],
    ['secondary text on white', GOVUK.secondaryText, BG, 4.5],
    ['link on white', GOVUK.link, BG, 4.5],
    ['error red on white', '#d4351c', BG, 4.5],
    ['white on the highlighted picker option (link blue)', '#ffffff', GOVUK.link, 4.5],
    ['focused link or button text on yellow', GOVUK.text, GOVUK.focus, 4.5],
    ['sort arrow (secondary) on a focused yellow header button', GOVUK.secondaryText, GOVUK.focus, 3],
    ['selected LA label (dark blue) on white', SERIES.selected, BG, 4.5],
  ];
  for (const [what, fg, bg, min] of pairs) {
    const c = contrast(fg, bg);
    test(`${what}: ${fmt(c)}:1 ≥ ${min}:1`, () => assert.ok(c >= min, `${fmt(c)}:1`));
  }
});

describe('focus indicator', () => {
  test(`GOV.UK yellow ${GOVUK.focus} against text ${GOVUK.text}: ${fmt(contrast(GOVUK.focus, GOVUK.text))}:1 ≥ 3:1`, () => {
    assert.ok(contrast(GOVUK.focus, GOVUK.text) >= 3);
  });
  // The ring is yellow with a near-black edge, so one of the two always has 3:1 with what lies under it.
  const under = [BG, SERIES.selected, SERIES.comparator, GOVUK.midGrey, GOVUK.secondaryText, AF.orange, AF.turquoise, AF.darkGrey, GOVUK.text];
  for (const c of under) {
    const best = Math.max(contrast(GOVUK.focus, c), contrast(GOVUK.text, c));
    test(`yellow-and-black ring over ${c}: ${fmt(best)}:1 ≥ 3:1`, () => assert.ok(best >= 3));
  }
});

describe('base styles agree with the palette', () => {
  const css = readFileSync(new URL('shared/base.styles.ts', SRC), 'utf8');
  const prop = (name: string) => new RegExp(`--inclusion-${name}:\\s*(#[0-9a-fA-F]+)`).exec(css)?.[1]?.toLowerCase();
  const expected: [string, string][] = [
    ['text', GOVUK.text], ['secondary-text', GOVUK.secondaryText], ['background', GOVUK.white], ['border', GOVUK.border],
    ['link', GOVUK.link], ['focus', GOVUK.focus], ['selected', SERIES.selected], ['comparator', SERIES.comparator],
  ];
  for (const [name, hex] of expected) {
    test(`--inclusion-${name} is ${hex}`, () => assert.equal(prop(name), hex.toLowerCase()));
  }
});

describe('forced colours: every colour drawn in a chart is mapped to a system colour', () => {
  // Chromium leaves SVG paint alone in forced colours, so chart.styles.ts maps each palette colour by attribute.
  const css = readFileSync(new URL('shared/chart.styles.ts', SRC), 'utf8');
  const block = css.slice(css.indexOf('@media (forced-colors: active)'));
  const mapped = (attr: 'fill' | 'stroke') => new Set([...block.matchAll(new RegExp(`\\[${attr}='(#[0-9a-f]+)' i\\]`, 'gi'))].map((m) => m[1].toLowerCase()));
  const fills = mapped('fill');
  const strokes = mapped('stroke');
  const drawn = new Set<string>();
  for (const [file, refs] of scan()) {
    if (file.endsWith('.styles.ts')) continue; // HTML colours: forced colours replace those themselves
    for (const r of refs) drawn.add(resolve(r).toLowerCase());
  }
  for (const hex of [...drawn].sort()) {
    test(`${hex} has a fill and a stroke mapping`, () => {
      assert.ok(fills.has(hex), `no [fill='${hex}' i] rule`);
      assert.ok(strokes.has(hex), `no [stroke='${hex}' i] rule`);
    });
  }
});
