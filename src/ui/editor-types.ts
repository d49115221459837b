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

/** The narrow surface every editor implementation offers (Monaco, or the plain fallback). */
export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  markers: readonly EditorMarker[];
  /** The line to highlight (a greenlet's position when stepping), or null. */
  activeLine: number | null;
  /** The accessible name of the editor. */
  label: string;
  /** The learner may read but not edit (an embed's option). */
  readOnly?: boolean;
}
