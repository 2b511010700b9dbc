/**
 * Text from an extract or a CSV can be hostile: an escape sequence in an area name could clear an analyst's
 * terminal, move the cursor to overwrite a figure, or set the window title; a bidi override could show "12.3"
 * as "3.21". Everything printed to a terminal passes through here first.
 */

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ESC \), and two-byte
// escapes. The 8-bit forms (CSI U+009B, OSC U+009D…) are C1 controls and go with the rest below.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~]?)/g;
// C1 strings (8-bit OSC, DCS…) carry a payload up to ST (U+009C) or BEL: drop the payload too.
const C1_STRINGS = /[\u0090\u0098\u009d\u009e\u009f][^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// C1 CSI (U+009B) with its parameters.
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]?/g;
// Bidi embeddings, overrides and isolates, and the Arabic letter mark: they reorder what follows.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/g;
// C0 except tab and newline (handled above), DEL, and the rest of C1.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** One line of text safe to print: escape sequences and controls removed, line breaks and tabs made spaces. */
export function terminalText(text: string): string {
  return strip(String(text)).replace(/\t/g, ' ').replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

/** A block of output safe to print: as `terminalText`, but newlines (and CRLF, for CSV) are kept. */
export function terminalBlock(text: string): string {
  return strip(String(text))
    .replace(/\t/g, ' ')
    .replace(/\r(?!\n)|[\u2028\u2029\u0085\u000b\u000c]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
}

function strip(text: string): string {
  return text.replace(ESCAPES, '').replace(C1_STRINGS, '').replace(C1_CSI, '').replace(BIDI, '');
}

/** A JSON.stringify replacer that makes every string safe for a terminal (JSON escapes C0, but not C1 or bidi). */
export function terminalJsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? terminalText(value) : value;
}
