import type { Area, NeighbourLink } from './extract/areas';
import { ENGLAND_CODE } from './geography';

/** Normalise a name so that "Bristol, City of" and "Bristol City of" match. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Finds LAs, regions and England by any of their codes or names, and an LA's statistical neighbours. */
export class AreaDirectory {
  readonly areas: readonly Area[];
  private readonly keys = new Map<string, Area>();
  private readonly links: readonly NeighbourLink[];

  constructor(areas: readonly Area[], links: readonly NeighbourLink[] = []) {
    this.areas = areas;
    this.links = links;
    // Names first, so that codes win where a name happens to look like a code.
    // A name shared by a live LA and a terminated one ("Dorset": 838 and 835) means the live one, whatever the order.
    for (const a of areas) {
      for (const n of [a.name, ...a.aliases]) {
        const prev = this.keys.get(nameKey(n));
        if (!prev || a.live || !prev.live) this.keys.set(nameKey(n), a);
      }
    }
    for (const a of areas) {
      this.keys.set(a.code.toLowerCase(), a);
      for (const c of a.formerCodes) this.keys.set(c.toLowerCase(), a);
      if (a.laCode) this.keys.set(a.laCode, a);
    }
  }

  /** By ONS code (current or former), 3-digit LA number (a number too, as `el.area = 886` gives), or name. */
  find(query: string | number): Area | undefined {
    const q = String(query).trim();
    return this.keys.get(q.toLowerCase()) ?? this.keys.get(nameKey(q));
  }

  get england(): Area | undefined {
    return this.keys.get(ENGLAND_CODE.toLowerCase());
  }

  region(area: Area): Area | undefined {
    return area.regionCode ? this.find(area.regionCode) : undefined;
  }

  localAuthorities(): Area[] {
    return this.areas.filter((a) => a.level === 'Local authority');
  }

  /** The models in the data, oldest first (e.g. 2021 and 2025). */
  neighbourModels(): string[] {
    return [...new Set(this.links.map((l) => l.model))].sort();
  }

  /** The newest model that groups this LA (or the one named), and its neighbours in rank order. */
  neighbours(area: Area, only?: string): { model: string; areas: { area: Area; rank: number; closeness: string }[] } | undefined {
    if (!area.laCode) return undefined;
    const mine = this.links.filter((l) => l.laCode === area.laCode && (only === undefined || l.model === only));
    if (!mine.length) return undefined;
    const model = mine.map((l) => l.model).sort().at(-1)!;
    const areas = mine
      .filter((l) => l.model === model)
      .sort((a, b) => a.rank - b.rank)
      .flatMap((l) => {
        const n = this.find(l.neighbour);
        return n ? [{ area: n, rank: l.rank, closeness: l.closeness }] : [];
      });
    return { model, areas };
  }
}
