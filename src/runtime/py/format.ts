/**
 * How values print: `print`'s rules from API.md, and the short forms the trace records.
 * A string prints verbatim at the top level and in single quotes inside arrays and objects.
 */

const MAX_DEPTH = 4;

/** One `print` argument. */
export function formatArg(value: unknown): string {
  return typeof value === "string" ? value : repr(value, 0);
}

/** A `print` line: the arguments joined by one space. */
export function formatLine(args: unknown[]): string {
  let out = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += " ";
    out += formatArg(args[i]);
  }
  return out;
}

/** The nested form of a value: strings quoted. */
export function repr(value: unknown, depth = 0): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    case "symbol":
      return value.description ?? "Symbol()";
    case "function":
      // A class of the API may print as Python would (socket.socket); other functions by name.
      if (value.toString !== Function.prototype.toString) return String(value);
      return `<function ${value.name || "<anonymous>"}>`;
  }
  if (value === null) return "null";
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) return `[${value.map((v) => repr(v, depth + 1)).join(", ")}]`;
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (hasOwnToString(value as object)) return String(value);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, v]) => `${k}: ${repr(v, depth + 1)}`).join(", ")} }`;
}

/**
 * A repr cut to a length the trace and the inspector can show. Long arrays and objects are cut
 * before they are rendered, so a label never costs the rendering of a 100,000-item array.
 */
export function shortRepr(value: unknown, max = 60): string {
  const text = repr(truncated(value, max));
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

/** At most `n` items of an array or entries of a plain object (enough to fill `n` characters). */
function truncated(value: unknown, n: number): unknown {
  if (Array.isArray(value)) return value.length > n ? value.slice(0, n) : value;
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const entries = Object.entries(value);
    return entries.length > n ? Object.fromEntries(entries.slice(0, n)) : value;
  }
  return value;
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}

function hasOwnToString(value: object): boolean {
  const ts = (value as { toString?: unknown }).toString;
  return typeof ts === "function" && ts !== Object.prototype.toString;
}

/** Python's bytes literal, as `print(b'msg')` shows it. */
export function bytesRepr(bytes: Uint8Array): string {
  let out = "b'";
  for (const c of bytes) {
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x27) out += "\\'";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  return out + "'";
}
