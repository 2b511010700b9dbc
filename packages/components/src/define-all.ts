// Registers every element. Each define is guarded, so loading twice defines nothing twice.
// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from './shared/define-element';
import { ELEMENTS } from './elements';

for (const [tag, element] of ELEMENTS) defineElement(tag, element);
