import { html } from 'lit';

/** The address if it is https, else null: a hostile extract cannot smuggle a javascript: URL into an href. */
export function httpsUrl(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A link to an https address; any other address shows the text alone. */
export function safeLink(url: string, text: string) {
  const href = httpsUrl(url);
  return href ? html`<a href=${href}>${text}</a>` : html`${text}`;
}
