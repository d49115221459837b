/**
 * UTF-8 without TextEncoder/TextDecoder, which are not part of the ES library the runtime is
 * limited to. Invalid input decodes to U+FFFD, as Python's `decode(errors="replace")`.
 */

/** The UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return Uint8Array.from(out);
}

/** The text of UTF-8 `bytes`. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const [length, min] = b < 0x80 ? [1, 0] : b >= 0xf0 ? [4, 0x10000] : b >= 0xe0 ? [3, 0x800] : [2, 0x80];
    let c = length === 1 ? b : b & (0xff >> (length + 1));
    let ok = b < 0x80 || (b >= 0xc2 && b < 0xf5);
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k];
      ok = next !== undefined && (next & 0xc0) === 0x80;
      c = (c << 6) | (next & 63);
    }
    if (ok && (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))) ok = false;
    out += ok ? String.fromCodePoint(c) : "\ufffd";
    i += ok ? length : 1;
  }
  return out;
}

/** A string as UTF-8 bytes, bytes as they are (what socket `send` accepts). */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? utf8Encode(data) : data;
}
