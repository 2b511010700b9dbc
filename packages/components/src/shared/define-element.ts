// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineStandIn, trustedTypesRefused } from './trusted-types';
import { yieldToMain } from './draw-queue';

/**
 * Registers `tag` once: loading a bundle twice must not throw. When the page refused Lit's Trusted Types policy
 * the tag gets the stand-in that shows why.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  if (trustedTypesRefused()) defineStandIn(tag);
  else customElements.define(tag, element);
}

/**
 * Registers each of `elements` in a task of its own, the first now. Defining a tag upgrades every element of it
 * already on the page in that one task: sixty elements of five kinds, defined together, were a task of about
 * 80 ms on a phone-speed CPU (issue 18).
 */
export async function defineInTurns(elements: readonly (readonly [string, CustomElementConstructor])[]): Promise<void> {
  for (const [i, [tag, element]] of elements.entries()) {
    if (i > 0) await yieldToMain();
    defineElement(tag, element);
  }
}
