/** The dashboard's view as URL query parameters, so a view can be shared and survives a reload. */
export interface ViewState {
  mode: 'la' | 'national';
  area: string;
  theme: string;
  indicator: string;
}

const KEYS: (keyof ViewState)[] = ['mode', 'area', 'theme', 'indicator'];

export function readState(search: string, fallback: ViewState): ViewState {
  const q = new URLSearchParams(search);
  const s = { ...fallback };
  for (const k of KEYS) {
    const v = q.get(k);
    if (v) (s as Record<string, string>)[k] = v;
  }
  if (s.mode !== 'national') s.mode = 'la';
  return s;
}

/** Keeps other parameters the host page uses; replaces history so Back still leaves the page. */
export function writeState(s: ViewState, loc: Location = location, hist: History = history): void {
  const q = new URLSearchParams(loc.search);
  for (const k of KEYS) {
    if (s[k]) q.set(k, s[k]);
    else q.delete(k);
  }
  const next = `${loc.pathname}?${q.toString()}${loc.hash}`;
  if (next !== `${loc.pathname}${loc.search}${loc.hash}`) hist.replaceState(hist.state, '', next);
}

/** The query string for a view, e.g. `?mode=la&area=E08000006&theme=ehcp`, for links to other views. */
export function viewSearch(s: ViewState): string {
  const q = new URLSearchParams();
  for (const k of KEYS) if (s[k]) q.set(k, s[k]);
  return `?${q.toString()}`;
}
