/**
 * Maps columns of the type-stripped code back to the learner's columns.
 *
 * Sucrase keeps every line where it was but deletes type annotations, modifiers and the like,
 * so columns after them shift left. (Its own source map loses track after template literals.)
 * Each changed output line is a subsequence of its input line, so we align the two greedily:
 * words (identifiers, keywords, numbers) only match whole words, which keeps a kept name from
 * being matched inside a deleted one (`private readonly r` -> `r`).
 */
export interface ColumnMap {
  /** 0-based output column on a 1-based line -> 0-based learner column. */
  toSource(line: number, column: number): number;
}

/** The identity map, for code that was not transformed. */
export const identityColumns: ColumnMap = { toSource: (_line, column) => column };

const WORD_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text[index]);
}

/** Aligns the lines of `output` (a deletion of `input`, line for line) with `input`. */
export function columnMapFromAlignment(input: string, output: string): ColumnMap {
  const inLines = input.split("\n");
  const outLines = output.split("\n");
  if (inLines.length !== outLines.length) return identityColumns;
  const changed = new Map<number, Int32Array>();
  for (let i = 0; i < inLines.length; i++) {
    if (inLines[i] !== outLines[i]) changed.set(i + 1, alignLine(inLines[i], outLines[i]));
  }
  return {
    toSource(line, column) {
      const map = changed.get(line);
      if (!map) return column;
      return map[Math.min(Math.max(column, 0), map.length - 1)];
    },
  };
}

/** outToIn[c] = input column of output column c (one extra entry for the line's end). */
function alignLine(input: string, output: string): Int32Array {
  const outToIn = new Int32Array(output.length + 1);
  let j = 0;
  let i = 0;
  while (i < output.length) {
    if (isWordChar(output, i) && !isWordChar(output, i - 1)) {
      let end = i;
      while (isWordChar(output, end)) end++;
      const at = findWord(input, output.slice(i, end), j);
      if (at >= 0) {
        for (let k = i; k < end; k++) outToIn[k] = at + (k - i);
        j = at + (end - i);
        i = end;
        continue;
      }
    }
    const at = input.indexOf(output[i], j);
    outToIn[i] = at >= 0 ? at : j;
    j = at >= 0 ? at + 1 : j;
    i++;
  }
  outToIn[output.length] = Math.max(j, input.length);
  return outToIn;
}

/** The first whole-word occurrence of `word` in `text` at or after `from`, or -1. */
function findWord(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) return at;
  }
  return -1;
}
