import type { ColumnMap } from "./column-map";
import { PREFIX_LENGTH } from "./wrap";
import type { SourcePosition } from "./types";

/** Turns offsets in the wrapped, type-stripped code into the learner's lines and columns. */
export class Locator {
  private readonly lineStarts: number[] = [0];
  private readonly learnerEnd: number;
  private readonly columns: ColumnMap;

  constructor(wrapped: string, learnerLength: number, columns: ColumnMap) {
    this.columns = columns;
    for (let i = wrapped.indexOf("\n"); i !== -1; i = wrapped.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
    this.learnerEnd = PREFIX_LENGTH + learnerLength;
  }

  /** True when the offset lies in the learner's code, not in the frame around it. */
  isLearnerOffset(offset: number): boolean {
    return offset >= PREFIX_LENGTH && offset <= this.learnerEnd;
  }

  /** 1-based learner position of an offset in the wrapped code (clamped to the program). */
  position(offset: number): SourcePosition {
    const clamped = Math.min(Math.max(offset, PREFIX_LENGTH), this.learnerEnd);
    const line = this.lineOf(clamped);
    let column = clamped - this.lineStarts[line - 1];
    if (line === 1) column -= PREFIX_LENGTH;
    return { line, column: this.columns.toSource(line, column) + 1 };
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
