import { ModalDialog } from "./ModalDialog";
import { shortcutKeys } from "./shortcut-keys";
import { steppingShortcuts } from "./stepping-shortcuts";
import { useAppState } from "./store-context";
import { timelineMessagesFor } from "../i18n/timeline-messages";
import { useLocale, useMessages } from "./use-messages";
import "./ShortcutsDialog.css";

/** The keyboard help: a modal dialog listing every shortcut (opened by "?" or its button). */
export function ShortcutsDialog() {
  const t = useMessages();
  const open = useAppState((s) => s.helpOpen);
  const setOpen = useAppState((s) => s.setHelpOpen);
  const keys = shortcutKeys();
  const timeline = timelineMessagesFor(useLocale());

  const rows: Array<[keys: string[], what: string]> = [
    [[keys.modifier, "Enter"], t.shortcutRun],
    [[keys.stop], t.shortcutStop],
    [[keys.help], t.shortcutHelp],
    [["F8"], t.shortcutNextProblem],
    ...steppingShortcuts(t.stepping),
    [["↑ / ↓"], timeline.shortcutLanes],
    [["P"], t.classroom.shortcutPresentation],
    [["PgUp / PgDn / ← →"], t.classroom.shortcutPresentationStep],
  ];
  return (
    <ModalDialog open={open} title={t.keyboardShortcuts} onClose={() => setOpen(false)}>
      <dl className="shortcuts">
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
      <div className="dialog-buttons">
        <button type="button" className="primary" data-initial-focus onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}
