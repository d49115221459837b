/**
 * The keys that move the cursor, and where each goes: ←/→ a step, Shift+←/→ and
 * PageUp/PageDown a switch (presentation remotes send those), Home/End the ends, [ and ] the
 * selected greenlet's steps, Space play and pause; F9/F10 a step back or on from anywhere,
 * the editor included. Pure: the page's listener (src/ui/use-step-keys.ts) asks.
 */
import type { CursorMove } from "./cursor-moves";

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type StepCommand = { move: CursorMove } | { play: "toggle" };

/** Keys that step even while typing in the editor or a field. */
const ANYWHERE: Record<string, CursorMove> = { F9: "previous", F10: "next" };

const ARROWS: Record<string, [plain: CursorMove, shifted: CursorMove]> = {
  ArrowLeft: ["previous", "previous-switch"],
  ArrowRight: ["next", "next-switch"],
};

const PLAIN: Record<string, CursorMove> = {
  Home: "first",
  End: "last",
  PageUp: "previous-switch",
  PageDown: "next-switch",
  "[": "previous-of-greenlet",
  "]": "next-of-greenlet",
};

/** What a key press does to the cursor, or null when it is not a stepping key there. */
export function stepCommand(press: KeyPress, typing: boolean): StepCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (!press.shiftKey && ANYWHERE[press.key]) return { move: ANYWHERE[press.key] };
  if (typing) return null;
  const arrow = ARROWS[press.key];
  if (arrow) return { move: press.shiftKey ? arrow[1] : arrow[0] };
  if (press.shiftKey) return null;
  if (PLAIN[press.key]) return { move: PLAIN[press.key] };
  if (press.key === " ") return { play: "toggle" };
  return null;
}
