import { useEffect } from "react";
import { useAppStore } from "./store-context";

/** Whether keys typed at `target` are text (the editor, a field), not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest("input, textarea, select, [contenteditable='true'], .monaco-editor") !== null
  );
}

/**
 * The keyboard: Ctrl/Cmd+Enter runs (also from inside the editor, which would otherwise insert
 * a line), Escape stops a run, `?` opens the shortcuts. Listens in the capture phase so the
 * editor does not swallow the keys first.
 */
export function useShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        event.stopPropagation();
        if (!state.helpOpen) void state.run();
      } else if (event.key === "Escape" && state.status === "running" && !state.helpOpen) {
        state.stop();
      } else if (event.key === "?" && !event.ctrlKey && !event.metaKey && !isTyping(event.target)) {
        event.preventDefault();
        state.setHelpOpen(true);
      }
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [store]);
}
