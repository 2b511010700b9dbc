/**
 * Trusted Types. Lit makes one policy, named `lit-html`, when its module is evaluated, and builds every template
 * through it. A page whose policy allows it (`trusted-types lit-html`, with `require-trusted-types-for 'script'`)
 * gets working elements. A page that forbids it (`trusted-types 'none'`, or a list without `lit-html`) makes
 * `createPolicy` throw inside Lit's module: uncaught, no element would be defined and the TypeError would reach
 * the page. So every entry imports this module before Lit: it catches that one failure, for that one name, and the
 * elements are then defined as stand-ins that show their own error and fire `inclusion-error` (code
 * `trusted-types`). The page's `createPolicy` is put back as soon as Lit has called it, or at the next microtask
 * if Lit was evaluated earlier, so nothing else on the page sees a difference.
 */

/** The name of Lit's policy: what a page's `trusted-types` directive must list. */
export const TRUSTED_TYPES_POLICY = 'lit-html';

interface Factory {
  createPolicy(name: string, rules: object, ...rest: unknown[]): unknown;
}

/** Why Lit could not make its policy, or null when it could (or the browser has no Trusted Types). */
let refused: string | null = null;

const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
if (factory && typeof factory.createPolicy === 'function') {
  const own = Object.getOwnPropertyDescriptor(factory, 'createPolicy');
  const original = factory.createPolicy;
  const wrapper = function (this: unknown, name: string, rules: object, ...rest: unknown[]): unknown {
    restore();
    try {
      return original.call(factory, name, rules, ...rest);
    } catch (e) {
      if (name !== TRUSTED_TYPES_POLICY) throw e;
      refused = e instanceof Error ? e.message : String(e);
      return undefined;
    }
  };
  const restore = () => {
    if (factory.createPolicy !== wrapper) return;
    if (own) Object.defineProperty(factory, 'createPolicy', own);
    else delete (factory as Partial<Factory>).createPolicy;
  };
  factory.createPolicy = wrapper;
  // Module evaluation is synchronous: Lit, imported after this, has called it by then (or was loaded earlier).
  queueMicrotask(restore);
}

const MESSAGE = `The page's Content Security Policy does not allow the Trusted Types policy these charts need ("${TRUSTED_TYPES_POLICY}"): add ${TRUSTED_TYPES_POLICY} to its trusted-types directive (see the security guide).`;

/** Whether the page refused Lit's policy: the reason, or null. */
export function trustedTypesRefused(): string | null {
  return refused;
}

/** An element that cannot render (Lit has no policy): its own message, as text, and its `inclusion-error`. */
function standIn(): CustomElementConstructor {
  return class extends HTMLElement {
    connectedCallback(): void {
      if (!this.shadowRoot) {
        const p = document.createElement('p');
        p.setAttribute('role', 'alert');
        const b = document.createElement('strong');
        b.textContent = 'This chart cannot be shown.';
        p.append(b, ' ', MESSAGE);
        this.attachShadow({ mode: 'open' }).append(p);
      }
      this.dispatchEvent(new CustomEvent('inclusion-error', { detail: { code: 'trusted-types', message: MESSAGE }, bubbles: true, composed: true }));
    }
  };
}

/** Defines `tag` as the stand-in (for when the page refused Lit's policy); each define.ts defines the element otherwise. */
export function defineStandIn(tag: string): void {
  if (!customElements.get(tag)) customElements.define(tag, standIn());
}
