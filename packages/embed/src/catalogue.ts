// What a folder of extracts holds, for people choosing a chart: every indicator with its theme, periods,
// breakdown and the file it lives in, and every local authority. Read from catalogue.json when the folder has one,
// else from the extracts' own metadata. Built into dist/catalogue.js for the embed builder; `npm run release`
// uses the same module to write the release's index.html. Pure: the caller fetches or reads the bytes.
import {
  ObservationsExtract, THEME_LABEL, compareText, parseCatalogue, periodLabel, readAreas, type Area,
} from '@inclusion-dashboard/core';

export { periodLabel };

export interface IndicatorEntry {
  id: string;
  label: string;
  theme: string;
  themeLabel: string;
  unitLabel: string;
  coverage: 'la' | 'national';
  breakdown: { dimension: string; values: string[]; total: string };
  /** Oldest first. */
  periods: string[];
  /** The extract that holds it, relative to the folder. */
  file: string;
  publication?: string;
  url?: string;
}

export interface IndicatorIndex {
  title: string;
  licence: string;
  /** The areas extract, relative to the folder. */
  areas: string;
  themes: { id: string; label: string }[];
  indicators: IndicatorEntry[];
}

export interface AreaOption {
  value: string;
  label: string;
  hint: string;
}

function themesOf(indicators: IndicatorEntry[], known: { id: string; label: string }[] = []) {
  const out = [...known];
  for (const i of indicators) if (!out.some((t) => t.id === i.theme)) out.push({ id: i.theme, label: i.themeLabel });
  return out;
}

/** From catalogue.json (already parsed JSON). Throws the core's ExtractError on a malformed file. */
export function fromCatalogue(json: unknown): IndicatorIndex {
  const c = parseCatalogue(json);
  const label = (id: string) => c.themes.find((t) => t.id === id)?.label ?? THEME_LABEL[id] ?? id;
  const indicators = c.indicators.map((i) => ({
    id: i.id, label: i.label, theme: i.theme, themeLabel: label(i.theme), unitLabel: i.unitLabel,
    coverage: i.coverage, breakdown: i.breakdown, periods: [...i.periods], file: i.file,
  }));
  return { title: c.title, licence: c.licence, areas: c.areas, themes: themesOf(indicators, c.themes), indicators };
}

/** From observation extracts; files of another kind (areas, neighbours) are skipped. */
export function fromExtracts(files: { file: string; bytes: Uint8Array }[]): IndicatorIndex {
  const indicators: IndicatorEntry[] = [];
  let title = '', licence = '', areas = 'areas.arrow';
  for (const { file, bytes } of files) {
    let x: ObservationsExtract;
    try {
      x = new ObservationsExtract(bytes);
    } catch (e) {
      if ((e as { code?: string }).code === 'wrong-kind') continue;
      throw e;
    }
    title ||= x.meta.title;
    licence ||= x.meta.licence;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    areas = dir + x.meta.areas;
    for (const m of x.meta.indicators) {
      indicators.push({
        id: m.id, label: m.label, theme: m.theme, themeLabel: THEME_LABEL[m.theme] ?? m.theme, unitLabel: m.unitLabel,
        coverage: m.coverage, breakdown: m.breakdown, periods: x.periods(m.id), file,
        publication: m.source?.publication, url: m.source?.url,
      });
    }
  }
  return { title, licence, areas, themes: themesOf(indicators), indicators };
}

/** Live local authorities for `<inclusion-area-picker>`, by name; the value is the 3-digit LA code. */
export function areaOptions(bytes: Uint8Array): AreaOption[] {
  return readAreas(bytes)
    .filter((a: Area) => a.level === 'Local authority' && a.laCode && a.live)
    .map((a) => ({ value: a.laCode!, label: a.name, hint: `${a.code}, ${a.laCode}` }))
    .sort((a, b) => compareText(a.label, b.label));
}
