import { useEffect } from "react";
import { presentationKeyAction } from "./presentation-keys";
import { useAppStore } from "./store-context";

/** Whether keys typed at `target` are text (the editor, a field), not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest("input, textarea, select, [contenteditable='true'], .monaco-editor") !== null
  );
}

/** Enters or leaves presentation mode; a projector needs the room more than the lesson list. */
export function togglePresentation(state: {
  presentation: boolean;
  setPresentation(on: boolean): void;
  setLessonListOpen(open: boolean): void;
}): void {
  if (!state.presentation) state.setLessonListOpen(false);
  state.setPresentation(!state.presentation);
}

/**
 * The keyboard of presentation mode (presentation-keys.ts). Listens in the capture phase, so
 * the editor does not take PageUp and PageDown first; a key it acts on goes no further.
 */
export function usePresentationKeys(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const state = store.getState();
      const dialog = state.helpOpen || document.querySelector("dialog[open]") !== null;
      const action = presentationKeyAction(
        event,
        state.presentation,
        isTyping(event.target),
        dialog,
      );
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === "toggle") togglePresentation(state);
      else state.moveCursor(action.move);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [store]);
}
