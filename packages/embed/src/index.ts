// The one-file embed: registers every element, and nothing else, each in a task of its own (defineInTurns).
// Awaited, so a page that imports the bundle finds every element defined once the import resolves.
// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { ELEMENTS, defineInTurns } from '@inclusion-dashboard/components';
// The code elements import() as they first draw. In one file, rollup puts such modules after this one, where the
// await below would hold them back until after the first draws; imported here, they run first. rollup.config.mjs
// fails the build if any other module is only imported dynamically.
import '@inclusion-dashboard/components/shared/plot-marks.ts';
import '@inclusion-dashboard/components/shared/chart-export.ts';

await defineInTurns(ELEMENTS);
