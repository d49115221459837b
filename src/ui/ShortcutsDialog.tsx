import { useEffect, useId, useRef } from "react";
import { shortcutKeys } from "./shortcut-keys";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import "./ShortcutsDialog.css";

/** The keyboard help: a modal dialog listing every shortcut (opened by "?" or its button). */
export function ShortcutsDialog() {
  const t = useMessages();
  const open = useAppState((s) => s.helpOpen);
  const setOpen = useAppState((s) => s.setHelpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const keys = shortcutKeys();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const rows: Array<[keys: string[], what: string]> = [
    [[keys.modifier, "Enter"], t.shortcutRun],
    [[keys.stop], t.shortcutStop],
    [[keys.help], t.shortcutHelp],
    [["F8"], t.shortcutNextProblem],
  ];
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby={headingId}
      onClose={() => setOpen(false)}
    >
      <h2 id={headingId}>{t.keyboardShortcuts}</h2>
      <dl>
        {rows.map(([combo, what]) => (
          <div key={what} className="shortcut">
            <dt>
              {combo.map((key, index) => (
                <span key={key}>
                  {index > 0 && " + "}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="primary">
          {t.close}
        </button>
      </form>
    </dialog>
  );
}
