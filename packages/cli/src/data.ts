import {
  AreaDirectory, ExtractError, ObservationsExtract, findInCatalogue, indicatorFile, parseCatalogue, readAreas, readNeighbours, writeObservations,
  type Catalogue, type FoundIndicator, type IndicatorMeta, type NeighbourLink, type Observation,
} from '@inclusion-dashboard/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { dataError } from './errors';
import { companionPath, readCapped, readText } from './safe-read';

/** Set by bin/inclusion-dashboard.js when it runs a bundle of this source, whose own location is a cache folder. */
declare const __CLI_SRC__: string | undefined;
const SRC = typeof __CLI_SRC__ === 'string' ? __CLI_SRC__ : import.meta.dirname;

/** The bundled national data, used when neither --extract nor INCLUSION_DATA says otherwise. */
export const BUNDLED = resolve(SRC, '../../sample-data/data');
const CATALOGUE = 'catalogue.json';
const COMPANIONS = ['areas.arrow', 'neighbours.arrow'];

/** Where the data comes from: --extract paths, else INCLUSION_DATA, else the bundled catalogue or theme files. */
export function defaultData(env: Record<string, string | undefined> = process.env): string[] {
  // Several paths are separated as in PATH (":" here, ";" on Windows), e.g. a catalogue and a local extract.
  const fromEnv = env.INCLUSION_DATA?.split(delimiter).map((p) => p.trim()).filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  return [existsSync(join(BUNDLED, CATALOGUE)) ? join(BUNDLED, CATALOGUE) : BUNDLED];
}

/** What `indicators` lists, from a catalogue entry or an extract's metadata. */
export interface IndicatorInfo {
  id: string;
  label: string;
  theme: string;
  topic: string | null;
  unit: IndicatorMeta['unit'];
  unitLabel: string;
  polarity: IndicatorMeta['polarity'];
  decimals: number | null;
  coverage: IndicatorMeta['coverage'];
  breakdown: IndicatorMeta['breakdown'];
  lait: Record<string, string>;
  periods: string[];
  local: boolean;
}

interface CatalogueSource { kind: 'catalogue'; path: string; folder: string; catalogue: Catalogue }
interface ExtractSource { kind: 'extract'; path: string; data: ObservationsExtract }

/** A catalogue (extracts read only when an indicator is asked for) and/or extract files, with shared areas. */
export class Dataset {
  private readonly catalogues: CatalogueSource[] = [];
  private readonly extracts: ExtractSource[] = [];
  private readonly opened = new Map<string, ObservationsExtract>();
  private dir?: AreaDirectory;
  private linkList?: NeighbourLink[];
  private companionsFrom?: { folder: string; areas: string; neighbours: string; subfolders: boolean };

  constructor(paths: string[]) {
    if (!paths.length) throw dataError('No data given.');
    for (const path of paths) this.add(resolve(path));
    if (!this.catalogues.length && !this.extracts.length) throw dataError(`No observations extracts in ${paths.join(', ')}.`);
  }

  private add(p: string): void {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw dataError(`No such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      if (existsSync(join(p, CATALOGUE))) return this.addCatalogue(join(p, CATALOGUE));
      let names: string[];
      try {
        names = readdirSync(p);
      } catch {
        throw dataError(`Cannot list the folder ${p}.`);
      }
      const files = names.filter((f) => f.endsWith('.arrow') && !COMPANIONS.includes(f)).sort();
      if (!files.length) throw dataError(`No catalogue.json or observations extracts (.arrow) in the folder ${p}.`);
      for (const f of files) this.addExtract(join(p, f));
      return;
    }
    if (p.endsWith('.json')) return this.addCatalogue(p);
    this.addExtract(p);
  }

  private addCatalogue(path: string): void {
    let json: unknown;
    try {
      json = JSON.parse(readText(path, 'catalogue', 16 * 1024 * 1024));
    } catch (e) {
      if (e instanceof SyntaxError) throw dataError(`The catalogue ${path} is not valid JSON.`);
      throw e;
    }
    const catalogue = guard(path, () => parseCatalogue(json));
    const folder = dirname(path);
    this.catalogues.push({ kind: 'catalogue', path, folder, catalogue });
    this.companionsFrom ??= { folder, areas: catalogue.areas, neighbours: catalogue.neighbours, subfolders: true };
  }

  private addExtract(path: string): void {
    const data = guard(path, () => new ObservationsExtract(readCapped(path, 'extract')));
    this.extracts.push({ kind: 'extract', path, data });
    // A local extract names companions it may not sit beside: the first source whose companions exist wins.
    const folder = dirname(path);
    const have = (name: string) => { try { return existsSync(companionPath(folder, name, 'areas file')); } catch { return false; } };
    if (!this.companionsFrom && have(data.meta.areas) && have(data.meta.neighbours)) {
      this.companionsFrom = { folder, areas: data.meta.areas, neighbours: data.meta.neighbours, subfolders: false };
    }
  }

  private companions() {
    if (this.companionsFrom) return this.companionsFrom;
    // None found: name the first extract's, so the message says what is missing and where.
    const first = this.extracts[0];
    return { folder: dirname(first.path), areas: first.data.meta.areas, neighbours: first.data.meta.neighbours, subfolders: false };
  }

  get areas(): AreaDirectory {
    if (!this.dir) {
      const c = this.companions();
      const file = companionPath(c.folder, c.areas, 'areas file', c.subfolders);
      const areas = guard(file, () => readAreas(readCapped(file, 'areas file')));
      this.dir = new AreaDirectory(areas, this.links);
    }
    return this.dir;
  }

  get links(): NeighbourLink[] {
    if (!this.linkList) {
      const c = this.companions();
      const file = companionPath(c.folder, c.neighbours, 'neighbours file', c.subfolders);
      this.linkList = guard(file, () => readNeighbours(readCapped(file, 'neighbours file')));
    }
    return this.linkList;
  }

  /** Every indicator, without reading a catalogue's extracts. Extract files first, then catalogue entries not in them. */
  list(): IndicatorInfo[] {
    const out: IndicatorInfo[] = [];
    const seen = new Set<string>();
    for (const { data } of this.extracts) {
      for (const m of data.meta.indicators) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        out.push({
          id: m.id, label: m.label, theme: m.theme, topic: null, unit: m.unit, unitLabel: m.unitLabel, polarity: m.polarity,
          decimals: m.decimals, coverage: m.coverage, breakdown: m.breakdown, lait: m.lait ?? {}, periods: data.periods(m.id), local: !!m.local,
        });
      }
    }
    for (const { catalogue } of this.catalogues) {
      for (const i of catalogue.indicators) {
        if (seen.has(i.id)) continue;
        seen.add(i.id);
        out.push({
          id: i.id, label: i.label, theme: i.theme, topic: i.topic ?? null, unit: i.unit, unitLabel: i.unitLabel, polarity: i.polarity,
          decimals: null, coverage: i.coverage, breakdown: i.breakdown, lait: i.lait ?? {}, periods: i.periods, local: false,
        });
      }
    }
    return out;
  }

  /** Theme labels declared by catalogues (extract themes use core's THEME_LABEL). */
  themeLabels(): Map<string, string> {
    return new Map(this.catalogues.flatMap((c) => c.catalogue.themes.map((t) => [t.id, t.label] as const)));
  }

  /**
   * An indicator by id or LAIT code, reading its extract from the catalogue if need be. A local extract's
   * indicator with the id of a national one is answered from both: the LA's own figures in place of (or beside)
   * the published ones, and every other area's published figures as comparators.
   */
  find(id: string): FoundIndicator | undefined {
    const found = this.findOne(id, false);
    if (!found?.meta.local) return found;
    const national = this.findOne(found.meta.id, true);
    return national ? { ...withLocal(national, found), breakdown: found.breakdown ?? national.breakdown } : found;
  }

  private findOne(id: string, skipLocal: boolean): FoundIndicator | undefined {
    const q = id.trim().toLowerCase();
    // Local indicators first, so that an LA's own figures are found before the published ones with the same id.
    const metas = this.extracts.flatMap(({ data }) => data.meta.indicators.map((meta) => ({ data, meta })))
      .filter(({ meta }) => !(skipLocal && meta.local))
      .sort((a, b) => Number(!!b.meta.local) - Number(!!a.meta.local));
    const byId = metas.find(({ meta }) => meta.id.toLowerCase() === q);
    if (byId) return byId;
    for (const { data, meta } of metas) {
      for (const [breakdown, code] of Object.entries(meta.lait ?? {})) if (code.toLowerCase() === q) return { data, meta, breakdown };
    }
    for (const c of this.catalogues) {
      const hit = findInCatalogue(c.catalogue, id);
      if (!hit) continue;
      const data = this.open(c, hit.entry.id);
      const meta = data.indicator(hit.entry.id);
      if (!meta) throw dataError(`The extract for "${hit.entry.id}" in ${c.path} does not hold that indicator.`);
      return { data, meta, breakdown: hit.breakdown };
    }
    return undefined;
  }

  private open(c: CatalogueSource, id: string): ObservationsExtract {
    const file = companionPath(c.folder, indicatorFile(id), 'indicator extract', true);
    let data = this.opened.get(file);
    if (!data) {
      data = guard(file, () => new ObservationsExtract(readCapped(file, 'indicator extract')));
      this.opened.set(file, data);
    }
    return data;
  }

  /** Every id and LAIT code, for "did you mean". */
  names(): string[] {
    return this.list().flatMap((i) => [i.id, ...Object.values(i.lait)]);
  }

  describe(): string {
    return [...this.catalogues.map((c) => c.path), ...this.extracts.map((e) => basename(e.path))].join(', ');
  }
}

/** Published rows, with the LA's own rows in place of any for the same LA, period and breakdown. */
function withLocal(national: FoundIndicator, local: FoundIndicator): FoundIndicator {
  const id = national.meta.id;
  const rows = new Map<string, Observation>();
  const key = (o: Observation) => `${o.areaCode}\u0000${o.period}\u0000${o.breakdown}`;
  const localAreas = new Set<string>();
  for (const [data, mine] of [[national.data, false], [local.data, true]] as const) {
    const m = data.indicator(id)!;
    for (const code of data.areaCodes(id)) {
      for (const b of m.breakdown.values) {
        for (const o of data.series(id, code, b)) {
          // An LA's file replaces its own figures only: a copy of England's or a region's keeps DfE's.
          if (mine && o.level !== 'Local authority' && rows.has(key(o))) continue;
          rows.set(key(o), o);
          if (mine) localAreas.add(o.areaName);
        }
      }
    }
  }
  const l = local.meta;
  const n = national.meta;
  const meta: IndicatorMeta = {
    ...n,
    local: true,
    breakdown: { ...n.breakdown, values: [...new Set([...n.breakdown.values, ...l.breakdown.values])] },
    notes: [`${[...localAreas].join(', ')}: the LA's own unpublished figures (${l.latestRelease}), shown with DfE's published figures for every other area.`, ...l.notes, ...n.notes],
    suppression: l.suppression,
  };
  const bytes = writeObservations([...rows.values()], { ...national.data.meta, indicators: [meta] });
  return { data: new ObservationsExtract(bytes), meta };
}

/** An ExtractError becomes one line naming the file. */
function guard<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ExtractError) throw dataError(`Cannot read ${file}: ${e.message}`);
    if (e instanceof RangeError || e instanceof TypeError) throw dataError(`Cannot read ${file}: it is not a valid extract.`);
    throw e;
  }
}
