// The bench's tables, from bench/results.json: printed by `npm run bench` and written into docs/performance.md
// between its `<!-- bench:… -->` markers, so the doc always shows the numbers the file holds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PAGES } from './pages.mjs';

const f1 = (n) => n.toFixed(1);
// KB is 1000 bytes, as in `npm run size` and its budgets.
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** The desktop measures (decode, first chart per element, sixty elements, resize, bundle sizes). */
export function desktopTable(results) {
  if (!results.national) return '(no desktop measures in bench/results.json: run `npm run bench -- --desktop`)';
  return [
    '| measure | result |',
    '|---|---|',
    `| national extract (${results.national.arrowRows} rows for one LA series; ${kb(results.national.bytes)} Arrow, ${kb(results.national.csvBytes)} CSV): decode + filter | Arrow ${f1(results.national.arrow)} ms, CSV ${f1(results.national.csv)} ms: **${f1(results.national.ratio)}× faster** |`,
    `| 1,000,000 rows (${kb(results.synthetic.bytes)} Arrow, ${kb(results.synthetic.csvBytes)} CSV): decode + filter | Arrow ${f1(results.synthetic.arrow)} ms, CSV ${f1(results.synthetic.csv)} ms: **${f1(results.synthetic.ratio)}× faster** |`,
    `| one LA's series, warm lookup, 150 vs 1,500 LAs | ${(results.scaling.lookup150 * 1000).toFixed(1)} µs vs ${(results.scaling.lookup1500 * 1000).toFixed(1)} µs: ratio ${results.scaling.ratio.toFixed(2)} |`,
    ...Object.entries(results.firstChart).map(([t, r]) => `| time to first chart: ${t} (fetch + decode + draw) | ${f1(r.ms)} ms${r.error ? ` (error: ${r.error})` : ''} |`),
    `| 60 elements on one extract: all drawn | ${f1(results.sixty.ms)} ms |`,
    `| 60 elements: requests per extract URL | ${Object.entries(results.sixty.requests).map(([u, n]) => `${u} ×${n}`).join(', ')} |`,
    `| 60 elements: long tasks over 50 ms | ${results.sixty.longTasks}${results.sixty.longTasks ? ` (longest ${f1(results.sixty.longestTask)} ms)` : ''} |`,
    `| 60 elements: animation frames over 50 ms | ${results.sixty.longFrames}${results.sixty.longFrames ? ` (longest ${f1(results.sixty.longestFrame)} ms)` : ''} |`,
    `| 60 elements: JS heap after render | ${results.sixty.heapMB === null ? 'n/a' : `${f1(results.sixty.heapMB)} MB`} |`,
    `| resize: redraw (benchmark bars, 15 bars) | ${f1(results.resize.redrawMs)} ms; 20 width changes in one frame → ${results.resize.drawsForTwentyChanges} redraw(s) |`,
    ...Object.entries(results.bundles).map(([f, s]) => `| ${f} | ${kb(s.bytes)} min, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli |`),
  ].join('\n');
}

/** Labels in reading order: before, after, then the rest by date. */
function labels(pageLoads) {
  const order = (l) => ({ before: 0, after: 1 }[l] ?? 2);
  return Object.keys(pageLoads).sort((a, b) => order(a) - order(b) || String(pageLoads[a].date).localeCompare(String(pageLoads[b].date)));
}

const ms = (v) => (v === null || v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const kb1 = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)}`);

/** One row per page × profile × label: the medians of its runs. */
export function pagesTable(pageLoads) {
  const ls = labels(pageLoads ?? {});
  if (!ls.length) return '(no page loads in bench/results.json: run `npm run bench -- --phone`)';
  const out = [];
  for (const l of ls) {
    const e = pageLoads[l];
    const runs = Object.values(e.profiles)[0]?.runs;
    const cal = Object.entries(e.profiles).map(([k, v]) => (v.calibrationMs ? `${k} ${Math.round(v.calibrationMs)} ms` : null)).filter(Boolean).join(', ');
    out.push(`- **${l}**: ${e.date.slice(0, 16).replace('T', ' ')} UTC, commit ${e.commit ?? '?'}, \`${e.command}\`, median of ${runs} loads per page; load average ${e.loadavgBefore?.[0]} before, ${e.loadavgAfter?.[0]} after (2 cores)${cal ? `; reference work ${cal}` : ''}.`);
  }
  out.push('', '| page | profile | JS KB | data KB | all KB | first chart | all charts | TBT: thread (wall) | long tasks: thread, longest (wall) | longest: before our code, from it | long frames (longest) | JS heap |', '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const id of Object.keys(PAGES)) {
    for (const profile of ['phone', 'desktop']) {
      for (const l of ls) {
        const p = pageLoads[l].profiles?.[profile]?.pages?.[id];
        if (!p) continue;
        const m = p.median;
        const incomplete = p.complete ? '' : ' (not all drawn)';
        const tbt = m.cpuTbtMs === undefined ? `n/a (${ms(m.tbtMs)})` : `${ms(m.cpuTbtMs)} (${ms(m.tbtMs)})`;
        const tasks = m.cpuLongTasks === undefined ? `n/a (${m.longTasks}, ${ms(m.longestTaskMs)})` : `${m.cpuLongTasks}, ${ms(m.cpuLongestTaskMs)} (${m.longTasks}, ${ms(m.longestTaskMs)})`;
        // Measured since session 16; the host page alone has none of our code.
        const around = m.cpuLongestBeforeOursMs === undefined ? 'n/a' : `${ms(m.cpuLongestBeforeOursMs)}, ${m.cpuLongestFromOursMs === null ? 'none' : ms(m.cpuLongestFromOursMs)}`;
        out.push(`| ${PAGES[id].label} \`${p.path}\` | ${profile}, ${l} | ${kb1(m.jsKB)} | ${kb1(m.dataKB)} | ${kb1(m.totalKB)} | ${ms(m.firstChartMs)} | ${ms(m.allChartsMs)}${incomplete} | ${tbt} | ${tasks} | ${around} | ${m.longFrames} (${ms(m.longestFrameMs)}) | ${m.heapMB.toFixed(1)} MB |`);
      }
    }
  }
  return out.join('\n');
}

/** What each phone long task was, from the traced load (`--trace`) of the newest label that has one. */
export function attributionList(pageLoads) {
  const l = labels(pageLoads ?? {}).reverse().find((x) => Object.values(pageLoads[x].profiles?.phone?.pages ?? {}).some((p) => p.longTaskAttribution));
  if (!l) return '(no traced load yet: run `npm run bench -- --phone --trace`)';
  const out = [`From the traced phone load of **${l}** (one load per page, times from navigation; the trace itself slows the page a little).`];
  for (const [id, p] of Object.entries(pageLoads[l].profiles.phone.pages)) {
    if (!p.longTaskAttribution) continue;
    const tasks = p.longTaskAttribution;
    const cpuLong = tasks.filter((t) => (t.cpuMs ?? t.durationMs) > 50);
    out.push('', `**${PAGES[id]?.label ?? id}**: ${cpuLong.length} tasks over 50 ms of thread time, ${cpuLong.reduce((a, t) => a + (t.cpuMs ?? t.durationMs), 0)} ms in all (${tasks.length} over 50 ms wall).`);
    for (const t of [...tasks].sort((a, b) => (b.cpuMs ?? b.durationMs) - (a.cpuMs ?? a.durationMs)).slice(0, 8)) {
      const why = [...t.events.slice(0, 3), ...(t.ours ?? []).slice(0, 3).map((o) => `in ${o}`)].join('; ');
      out.push(`- ${t.cpuMs ?? '?'} ms of thread time (${t.durationMs} ms wall) at ${ms(t.atMs)}: ${why || 'browser work outside script (no trace events over 2 ms)'}`);
    }
  }
  return out.join('\n');
}

function replaceBetween(text, name, body) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return text;
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** Rewrites the generated tables in docs/performance.md. */
export function writeDocs(file, results) {
  if (!existsSync(file)) return;
  let text = readFileSync(file, 'utf8');
  text = replaceBetween(text, 'desktop', desktopTable(results));
  text = replaceBetween(text, 'pages', pagesTable(results.pageLoads));
  text = replaceBetween(text, 'attribution', attributionList(results.pageLoads));
  writeFileSync(file, text);
}
