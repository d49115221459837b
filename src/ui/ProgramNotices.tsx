import type { ReactNode } from "react";
import { useAppState, useAppStore } from "./store-context";
import { useMessages } from "./use-messages";

interface NoticeProps {
  text: string;
  children?: ReactNode;
  tone?: "info" | "warning";
}

function Notice({ text, children, tone = "info" }: NoticeProps) {
  return (
    <div className={`program-notice ${tone}`}>
      <p>{text}</p>
      {children ? <div className="notice-buttons">{children}</div> : null}
    </div>
  );
}

interface ProgramNoticesProps {
  /** A problem with the file the learner just uploaded, shown until dismissed. */
  uploadProblem: string | null;
  onDismissUpload(): void;
}

/**
 * What happened to the program that the learner must know about: it came from a share link,
 * another tab saved a different one, a reset or upload replaced it (with Undo), a link could not
 * be read, saving fails. Announced politely as the notices appear.
 */
export function ProgramNotices({ uploadProblem, onDismissUpload }: ProgramNoticesProps) {
  const t = useMessages().program;
  const shared = useAppState((s) =>
    s.sharedProgram?.lessonId === s.lessonId ? s.sharedProgram : null,
  );
  const otherTabProgram = useAppState((s) => s.otherTabProgram);
  const undoable = useAppState((s) => s.undoable);
  const brokenShareLink = useAppState((s) => s.brokenShareLink);
  const saveStatus = useAppState((s) => s.saveStatus);
  // Actions never change: reading them once costs no re-render.
  const store = useAppStore().getState();
  const any =
    shared || otherTabProgram || undoable || brokenShareLink || uploadProblem
      ? true
      : saveStatus === "failed";
  return (
    <div className="program-notices" aria-live="polite">
      {any ? (
        <section aria-label={t.notices}>
          {shared ? (
            <Notice text={t.sharedNotice}>
              <button type="button" onClick={store.openSavedProgram}>
                {t.openMyProgram}
              </button>
            </Notice>
          ) : null}
          {otherTabProgram ? (
            <Notice text={t.otherTabNotice} tone="warning">
              <button type="button" onClick={store.loadOtherTabProgram}>
                {t.loadOtherTab}
              </button>
              <button type="button" onClick={store.keepMyProgram}>
                {t.keepMine}
              </button>
            </Notice>
          ) : null}
          {undoable ? (
            <Notice text={t.replaced(undoable.replacedBy)}>
              <button type="button" onClick={store.undoReplace}>
                {t.undo}
              </button>
              <button type="button" onClick={store.dismissUndo}>
                {t.dismiss}
              </button>
            </Notice>
          ) : null}
          {brokenShareLink ? (
            <Notice text={t.brokenLink(brokenShareLink)} tone="warning">
              <button type="button" onClick={store.dismissBrokenShareLink}>
                {t.dismiss}
              </button>
            </Notice>
          ) : null}
          {uploadProblem ? (
            <Notice text={uploadProblem} tone="warning">
              <button type="button" onClick={onDismissUpload}>
                {t.dismiss}
              </button>
            </Notice>
          ) : null}
          {saveStatus === "failed" ? <Notice text={t.saveFailed} tone="warning" /> : null}
        </section>
      ) : null}
    </div>
  );
}
