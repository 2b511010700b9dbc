// Words inside a PNG: a canvas writes pixels only, so the chart's title, its alt text and its source line are added
// as iTXt chunks (UTF-8 text, PNG specification 11.3.3.4) under the registered keywords Title, Description and
// Copyright, before the image's end. Image viewers, search and accessibility tools read Description as the image's
// description, so the PNG keeps the alt text the SVG carries in its <desc>.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: length, type, keyword, no compression, no language, the text in UTF-8, CRC. */
function itxt(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  // Keyword (Latin-1, 1 to 79 bytes), NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL.
  const data = new Uint8Array([...enc.encode(`iTXt${keyword}`), 0, 0, 0, 0, 0, ...enc.encode(text)]);
  const chunk = new Uint8Array(data.length + 8);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length - 4);
  chunk.set(data, 4);
  view.setUint32(data.length + 4, crc32(data));
  return chunk;
}

/** The PNG with the given text chunks inserted before its IEND chunk (the last 12 bytes of a PNG a canvas writes). */
export function withText(png: Uint8Array, fields: Record<string, string>): Uint8Array {
  const end = png.length - 12;
  const type = String.fromCharCode(...png.subarray(end + 4, end + 8));
  if (type !== 'IEND') return png;
  const chunks = Object.entries(fields).filter(([, v]) => v).map(([k, v]) => itxt(k, v));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, end));
  let at = end;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  out.set(png.subarray(end), at);
  return out;
}

/** The iTXt and tEXt chunks of a PNG, keyword to text (for tests and for anyone checking a download). */
export function readText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    const nul = data.indexOf(0);
    if (type === 'tEXt') out[dec.decode(data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1));
    if (type === 'iTXt' && data[nul + 1] === 0) {
      let p = nul + 3;
      p = data.indexOf(0, p) + 1; // language tag
      p = data.indexOf(0, p) + 1; // translated keyword
      out[dec.decode(data.subarray(0, nul))] = dec.decode(data.subarray(p));
    }
    at += len + 12;
  }
  return out;
}
