/**
 * UTF-8 without TextEncoder/TextDecoder, which are not part of the ES library the runtime is
 * limited to.
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

/**
 * The text of UTF-8 `bytes`. Each maximal invalid sequence becomes one U+FFFD, as the WHATWG
 * decoder (and Python's "replace") do.
 */
export function utf8Decode(bytes: Uint8Array): string {
  let out = "";
  let code = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) out += String.fromCharCode(b);
      else if (b >= 0xc2 && b <= 0xdf) [needed, code] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) {
        [needed, code] = [2, b & 0xf];
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        [needed, code] = [3, b & 0x7];
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else out += "\ufffd";
      continue;
    }
    const inRange = b >= lower && b <= upper;
    lower = 0x80;
    upper = 0xbf;
    if (!inRange) {
      [needed, seen, code] = [0, 0, 0];
      out += "\ufffd";
      i--; // the byte starts afresh
      continue;
    }
    code = (code << 6) | (b & 0x3f);
    if (++seen === needed) {
      out += String.fromCodePoint(code);
      [needed, seen, code] = [0, 0, 0];
    }
  }
  return needed > 0 ? out + "\ufffd" : out;
}

/** A string as UTF-8 bytes, bytes as they are (what socket `send` accepts). */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? utf8Encode(data) : data;
}
