/** A mark in the editor: a squiggle with a hover message. Lines and columns are 1-based. */
export interface EditorMarker {
  line: number;
  column: number;
  /** Where the mark ends; by default the word at (line, column), or the whole line at column 1. */
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: "error" | "warning";
}

/** Where a greenlet stands at the stepping cursor: a whole-line mark in its colour. */
export interface StepMark {
  line: number;
  /** The colour class of the greenlet (`g-main`, `g-3`). */
  colour: string;
  /** The running greenlet's mark is the strongest; a blocked one has a glyph for its reason. */
  kind: "running" | "blocked" | "other";
  /** The reason's key (`event_wait`) for a blocked greenlet, else null. */
  reason: string | null;
  /** What hovering the mark says: the greenlet and its state. */
  hover: string;
}

/** The narrow surface every editor implementation offers (Monaco, or the plain fallback). */
export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  markers: readonly EditorMarker[];
  /** The line to highlight (a greenlet's position when stepping), or null. */
  activeLine: number | null;
  /** Every live greenlet's line at the stepping cursor (decorations, never edits). */
  stepMarks?: readonly StepMark[];
  /** The accessible name of the editor. */
  label: string;
  /** The learner may read but not edit (an embed's option). */
  readOnly?: boolean;
}
