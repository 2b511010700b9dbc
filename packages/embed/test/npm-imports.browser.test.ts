// snippets/npm-imports.js as a bundler would see it: bare imports of the package's per-element entry points
// (resolved here by the test server's node-resolve through packages/components/package.json "exports").
export {}; // a module: its constants stay out of the other test files' scope
const TAGS = [
  'inclusion-area-picker', 'inclusion-benchmark', 'inclusion-breakdown', 'inclusion-dashboard', 'inclusion-map', 'inclusion-ranking',
  'inclusion-spine', 'inclusion-table', 'inclusion-tile', 'inclusion-trend',
];

describe('per-element npm imports', () => {
  it('register exactly the elements imported', async () => {
    const snippet = '/packages/demo/public/snippets/npm-imports.js'; // a variable: tsc does not resolve it
    await import(/* @vite-ignore */ snippet);
    const defined = TAGS.filter((t) => customElements.get(t));
    if (defined.join() !== 'inclusion-tile,inclusion-trend') throw new Error(`defined: ${defined.join(', ')}`);
  });
});
