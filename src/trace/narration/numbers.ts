/**
 * How the narration writes numbers, the same in every sentence and both languages: integers with
 * a comma every three digits (`1,901`), fractions to at most three decimals with the zeros
 * dropped (`0.1`, `2.25`), seconds as `0.5 s` / `0.5 秒`, and clock stamps to the millisecond
 * (`2.000s`, as the console shows them). Pure.
 */
import type { Lang } from "./lang";

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `1901` -> `1,901`; `0.30000000000000004` -> `0.3`; not finite -> `0`. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const rounded = Math.round(n * 1000) / 1000;
  const sign = rounded < 0 ? "-" : "";
  const [whole, fraction] = Math.abs(rounded).toFixed(3).split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${sign}${group(whole)}${trimmed === "" ? "" : `.${trimmed}`}`;
}

/** A duration or a moment in virtual seconds: `1 s`, `0.25 s`; `1 秒`. */
export function formatSeconds(seconds: number, lang: Lang): string {
  return lang === "en" ? `${formatNumber(seconds)} s` : `${formatNumber(seconds)} 秒`;
}

/** The clock stamp of a step, to the millisecond: `2.000s`, `1,901.250s`. */
export function formatStamp(seconds: number): string {
  const safe = Number.isFinite(seconds) ? seconds : 0;
  const [whole, fraction] = safe.toFixed(3).split(".");
  return `${group(whole)}.${fraction}s`;
}

/** `1 item`, `3 items` (English); Chinese counts take a measure word instead: `3 个`. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
