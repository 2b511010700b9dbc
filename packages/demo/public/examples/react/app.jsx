// React 19 + @lit/react: each element becomes a React component whose props set the element's properties and
// whose `on…` props listen to its events. The elements come from the one-file bundle (loaded by index.html before
// this script), so React and a plain CMS page share the very same file; the classes are read from the registry.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createComponent } from '@lit/react';

const TAGS = ['inclusion-area-picker', 'inclusion-benchmark', 'inclusion-tile'];
await Promise.all(TAGS.map((t) => customElements.whenDefined(t)));
const [InclusionAreaPicker, InclusionBenchmark, InclusionTile] = TAGS.map((t) => customElements.get(t));

const AreaPicker = createComponent({
  tagName: 'inclusion-area-picker', elementClass: InclusionAreaPicker, react: React,
  events: { onChange: 'change' },
});
const Benchmark = createComponent({
  tagName: 'inclusion-benchmark', elementClass: InclusionBenchmark, react: React,
  events: { onReady: 'inclusion-ready', onError: 'inclusion-error' },
});
const Tile = createComponent({ tagName: 'inclusion-tile', elementClass: InclusionTile, react: React });

const AREAS = [
  { value: 'E08000003', label: 'Manchester', hint: 'E08000003, 352' },
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E10000016', label: 'Kent', hint: 'E10000016, 886' },
];
const SRC = '/data/ehcp.arrow';

function App() {
  const [area, setArea] = React.useState('E08000006');
  const [drawn, setDrawn] = React.useState('');
  return (
    <>
      <AreaPicker options={AREAS} value={area} onChange={(e) => setArea(e.detail.value)} />
      <p className="status">Last chart drawn: <strong>{drawn || 'none yet'}</strong></p>
      <h2>EHC plan timeliness</h2>
      <Tile src={SRC} indicator="ehcp-20-weeks" area={area} />
      <Benchmark src={SRC} indicator="ehcp-20-weeks" area={area} neighbours="each"
        onReady={(e) => setDrawn(e.detail.area.name)} onError={(e) => setDrawn(`error: ${e.detail.message}`)} />
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
