/**
 * Which line of a lesson's TypeScript ports which line of its Python: computed by matching, so
 * no lesson has to keep a line map up to date by hand, and the learner's edits are aligned too.
 * Each line is reduced to its words (names, numbers, the words inside strings), with the words
 * one language needs and the other does not dropped (`yield`, `function`, `def`...) and the few
 * that are spelt differently made equal (`self`/`this`, `True`/`true`). Two lines correspond when
 * they share enough words (Dice coefficient); the alignment is the order-keeping set of
 * correspondences with the greatest total likeness (a weighted longest common subsequence), so
 * lines keep their order on both sides and a line without a counterpart faces a gap. Pure.
 */

/** One row of the side-by-side view: a line of each side (0-based), or null for a gap. */
export interface AlignedRow {
  ts: number | null;
  py: number | null;
}

/** Words that carry only one language's grammar. */
const NOISE = new Set([
  "yield",
  "function",
  "def",
  "const",
  "let",
  "var",
  "new",
  "class",
  "extends",
  "constructor",
  "super",
  "import",
  "from",
  "as",
  "of",
  "in",
  "for",
  "while",
  "if",
  "else",
  "elif",
  "return",
  "try",
  "except",
  "catch",
  "finally",
  "with",
  "pass",
  "and",
  "or",
  "not",
  "is",
  "py",
  "ts",
]);

const SPELLINGS: Record<string, string> = {
  self: "this",
  true: "true",
  false: "false",
  none: "null",
  undefined: "null",
  __init__: "constructor",
  str: "string",
};

const WORD = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?/g;

/** The words of one line of either language, as a set. */
export function lineWords(line: string): Set<string> {
  const whole = line.trim();
  // A comment's words are prose, not code: they match only other comments' words; a comment
  // after code is left out (a port explains its lines; the original rarely does).
  const comment = /^(#|\/\/)/.test(whole);
  const trimmed = comment ? whole : whole.replace(/\s(?:\/\/|#).*$/, "");
  const words = new Set<string>();
  for (const [raw] of trimmed.matchAll(WORD)) {
    // snake_case and camelCase spell the same name: add_num is addNum.
    const lower = raw === "__init__" ? raw : raw.toLowerCase().replace(/_/g, "");
    if (NOISE.has(lower)) continue;
    const word = SPELLINGS[lower] ?? lower;
    words.add(comment ? `#${word}` : word);
  }
  return words;
}

/** How alike two lines are, 0 to 1: twice the shared words over all the words. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Below this likeness two lines are not taken for each other. */
export const MIN_LIKENESS = 0.5;

/**
 * Two lines without words (blank, or a bracket) face each other when nothing better does: a
 * token score, so that they never outweigh a line of code, keeps the view compact.
 */
const WORDLESS_PAIR = 0.01;

/**
 * The rows of the side-by-side view of `ts` and `py` (each a program's lines): every line of
 * each side exactly once, in order; corresponding lines in the same row.
 */
export function alignLines(ts: readonly string[], py: readonly string[]): AlignedRow[] {
  const a = ts.map(lineWords);
  const b = py.map(lineWords);
  const n = a.length;
  const m = b.length;
  // best[i][j]: the greatest total likeness aligning ts[i..] with py[j..].
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const like = (i: number, j: number) => {
    if (a[i].size === 0 && b[j].size === 0) return WORDLESS_PAIR;
    const l = likeness(a[i], b[j]);
    return l >= MIN_LIKENESS ? l : -1;
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = like(i, j);
      best[i][j] = Math.max(
        best[i + 1][j],
        best[i][j + 1],
        pair < 0 ? -1 : pair + best[i + 1][j + 1],
      );
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const pair = like(i, j);
    if (pair >= 0 && best[i][j] === pair + best[i + 1][j + 1]) rows.push({ ts: i++, py: j++ });
    else if (best[i][j] === best[i + 1][j]) rows.push({ ts: i++, py: null });
    else rows.push({ ts: null, py: j++ });
  }
  while (i < n) rows.push({ ts: i++, py: null });
  while (j < m) rows.push({ ts: null, py: j++ });
  return rows;
}
