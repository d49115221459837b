/**
 * How sentences name objects and calls on them, in each language: `q`, `queue #3`; `q.get()`,
 * `get() on queue #3` / `队列 #3 的 get()`; lists of greenlets `a, b and c` / `a、b 和 c`. Pure.
 */
import type { Obj } from "./facts";
import { objectKind, type Lang } from "./lang";

export function nameOf(obj: Obj | null, lang: Lang): string {
  if (obj === null) return lang === "en" ? "nothing" : "无";
  if (obj.name !== null) return obj.name;
  return obj.type === 0 ? `#${obj.id}` : `${objectKind(obj.type, lang)} #${obj.id}`;
}

/** `q.get()` when the object has a variable, else the method on its kind and id. */
export function callOn(obj: Obj | null, method: string, lang: Lang): string {
  if (obj?.name != null) return `${obj.name}.${method}`;
  if (obj === null) return method;
  return lang === "en" ? `${method} on ${nameOf(obj, lang)}` : `${nameOf(obj, lang)} 的 ${method}`;
}

/** `a`, `a and b`, `a, b and c`; `a`、`a 和 b`、`a、b 和 c`. */
export function listOf(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? "";
  const head = names.slice(0, -1).join(lang === "en" ? ", " : "、");
  return `${head}${lang === "en" ? " and " : " 和 "}${names[names.length - 1]}`;
}

/** A call as the program wrote it: `setter` ran as `setter()`. */
export const asCall = (call: string) => (call.includes("(") ? call : `${call}()`);
