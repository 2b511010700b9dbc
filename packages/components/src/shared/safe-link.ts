import { html } from 'lit';

/** Links only to https: a hostile extract cannot smuggle a javascript: URL into an href. */
export function safeLink(url: string, text: string) {
  try {
    if (new URL(url).protocol === 'https:') return html`<a href=${url}>${text}</a>`;
  } catch {
    /* not a URL: show the text alone */
  }
  return html`${text}`;
}
