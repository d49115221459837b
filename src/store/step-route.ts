/**
 * The cursor's step in the address: a `?step=N` after the lesson route or share link in the
 * fragment (`#lesson/event?step=12`), so a link reopens a run at the step it showed. Neither a
 * lesson id nor a share link's payload (lz-string's URI alphabet) holds a `?`. Pure: the caller
 * passes the hash.
 */
const STEP_PART = /\?step=(\d{1,9})$/;

/** The fragment without its step, and the step (null when it has none). */
export function splitStep(hash: string): { base: string; step: number | null } {
  const match = STEP_PART.exec(hash);
  if (match === null) return { base: hash, step: null };
  return { base: hash.slice(0, match.index), step: Number(match[1]) };
}

/** `hash` carrying `step` (or no step, for null), whatever step it carried before. */
export function withStep(hash: string, step: number | null): string {
  const { base } = splitStep(hash);
  if (step === null || !Number.isInteger(step) || step < 0) return base;
  return `${base.startsWith("#") ? base : `#${base}`}?step=${step}`;
}
