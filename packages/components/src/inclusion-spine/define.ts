// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionSpine } from './inclusion-spine';

// Loading the bundle twice must not throw.
defineElement('inclusion-spine', InclusionSpine);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-spine': InclusionSpine;
  }
}
