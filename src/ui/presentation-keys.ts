/**
 * The keys of presentation mode: P enters and leaves it; while presenting, the arrow keys,
 * Home and End step the run's cursor, and so do PageUp and PageDown, which is what presentation
 * remotes send, even with the focus in the editor (a remote cannot click out of it). Pure: the
 * hook (use-presentation-keys.ts) applies what this decides.
 */
import type { CursorMove } from "../store/cursor-moves";

export type PresentationKeyAction = { kind: "toggle" } | { kind: "move"; move: CursorMove } | null;

const MOVES: Record<string, CursorMove> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
};

/** Keys a remote sends: they step wherever the focus is. */
const REMOTE_KEYS = new Set(["PageUp", "PageDown"]);

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * What `press` does: `typing` is whether the focus is in text (the editor, a field), `dialog`
 * whether a dialog is open (its keys are its own).
 */
export function presentationKeyAction(
  press: KeyPress,
  presenting: boolean,
  typing: boolean,
  dialog: boolean,
): PresentationKeyAction {
  if (dialog || press.ctrlKey || press.metaKey || press.altKey) return null;
  if ((press.key === "p" || press.key === "P") && !typing) return { kind: "toggle" };
  const move = MOVES[press.key];
  if (!presenting || move === undefined || press.shiftKey) return null;
  if (typing && !REMOTE_KEYS.has(press.key)) return null;
  return { kind: "move", move };
}
