import { InclusionSpine } from './inclusion-spine';

// Loading the bundle twice must not throw.
if (!customElements.get('inclusion-spine')) customElements.define('inclusion-spine', InclusionSpine);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-spine': InclusionSpine;
  }
}
