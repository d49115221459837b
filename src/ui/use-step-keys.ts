import { useEffect } from "react";
import { stepCommand } from "../store/step-keys";
import { useAppStore } from "./store-context";

/** Whether keys typed at `target` are text (the editor, a field), not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest("input, textarea, select, [contenteditable='true'], .monaco-editor") !== null
  );
}

/** A control that Space or an arrow already works (a button, a link, a tab, a menu). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (key === " ") return target.closest("button, a, summary, [role='tab']") !== null;
  return target.closest("[role='tablist'], [role='grid']") !== null;
}

/**
 * The stepping keys (src/store/step-keys.ts) on the whole page. Listens in the capture phase
 * so F9/F10 reach the cursor from inside the editor too; the others wait until focus is out of
 * text and of the controls that use the key themselves.
 */
export function useStepKeys(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (state.helpOpen || state.model === null || state.step < 0 || event.defaultPrevented) {
        return;
      }
      const command = stepCommand(event, isTyping(event.target));
      if (command === null || ownsKey(event.target, event.key)) return;
      event.preventDefault();
      if ("play" in command) state.togglePlaying();
      else {
        state.moveCursor(command.move);
        state.revealInspector();
      }
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [store]);
}
