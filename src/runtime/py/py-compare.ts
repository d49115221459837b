import { PyTypeError } from "./errors";

/**
 * Python's ordering of the items a PriorityQueue takes: numbers (and booleans) by value, strings
 * by code point, arrays (Python's tuples) element by element, a shorter prefix first. Anything
 * else, or two kinds that Python cannot order, throws TypeError as Python's `<` does.
 */
export function pyLess(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) < Number(b);
  if (typeof a === "string" && typeof b === "string") return a < b;
  if (Array.isArray(a) && Array.isArray(b)) return arrayLess(a, b);
  throw new PyTypeError(
    `'<' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
  );
}

/** Python's `==` for such items: arrays element by element, others by identity or value. */
export function pyEqual(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEqual(a[i], b[i])) return false;
    return true;
  }
  return a === b;
}

function arrayLess(a: unknown[], b: unknown[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!pyEqual(a[i], b[i])) return pyLess(a[i], b[i]);
  }
  return a.length < b.length;
}

function isNumeric(v: unknown): v is number | boolean {
  return typeof v === "number" || typeof v === "boolean";
}

function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "str";
  if (Array.isArray(v)) return "tuple";
  if (typeof v === "function") return "function";
  return (v as { constructor?: { name?: string } }).constructor?.name || "object";
}
