// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionTable } from './inclusion-table';

defineElement('inclusion-table', InclusionTable);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-table': InclusionTable;
  }
}
