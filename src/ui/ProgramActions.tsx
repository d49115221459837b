/**
 * The program's controls in the header: Share, Reset, Download, Upload, with the dialogs they
 * open and the program's notices (ProgramNotices, shown at the bottom of the page). Also
 * publishes the save status on <body> (`data-save-status`: saved, pending, paused, failed).
 */
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { shareUrl } from "../store/share-link";
import { copyText, downloadProgram, programFileName, readProgramFile } from "./program-file";
import "./program-actions.css";
import { ProgramNotices } from "./ProgramNotices";
import { ResetDialog } from "./ResetDialog";
import { ShareDialog, type CopyState } from "./ShareDialog";
import { useAppState, useAppStore } from "./store-context";
import { useMessages } from "./use-messages";

function useSaveStatusSignal() {
  const saveStatus = useAppState((s) => s.saveStatus);
  useEffect(() => {
    document.body.dataset.saveStatus = saveStatus;
  }, [saveStatus]);
}

function useShare() {
  const store = useAppStore();
  const [shared, setShared] = useState<{ url: string; copied: CopyState } | null>(null);
  const share = async () => {
    const { code, lessonId } = store.getState();
    const url = shareUrl(window.location.href, { lessonId, code });
    // Copied on the click itself: browsers allow the clipboard only right after a gesture.
    const copied = await copyText(navigator, url);
    setShared({ url, copied: copied ? "copied" : "failed" });
  };
  return { shared, share, close: () => setShared(null) };
}

function useUpload() {
  const t = useMessages().program;
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readProgramFile(file);
    if (text === "too-large") return setProblem(t.uploadTooLarge);
    setProblem(null);
    store.getState().uploadProgram(text);
  };
  return { input, problem, onFile, dismiss: () => setProblem(null) };
}

export function ProgramActions() {
  const t = useMessages().program;
  const store = useAppStore();
  const lessonId = useAppState((s) => s.lessonId);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const { shared, share, close } = useShare();
  const { input, problem, onFile, dismiss } = useUpload();
  useSaveStatusSignal();
  return (
    <div className="program-actions" role="group" aria-label={t.actions}>
      <button type="button" onClick={() => void share()}>
        {t.share}
      </button>
      <button type="button" onClick={() => setConfirmingReset(true)} disabled={lessonId === null}>
        {t.reset}
      </button>
      <button
        type="button"
        onClick={() => downloadProgram(document, store.getState().code, programFileName(lessonId))}
      >
        {t.download}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t.upload}
      </button>
      <input
        ref={input}
        type="file"
        accept=".ts,.js,.txt,text/plain"
        hidden
        onChange={(event) => {
          void onFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
      <ResetDialog
        open={confirmingReset}
        onCancel={() => setConfirmingReset(false)}
        onConfirm={() => {
          setConfirmingReset(false);
          store.getState().resetProgram();
        }}
      />
      <ShareDialog
        url={shared?.url ?? null}
        copied={shared?.copied ?? null}
        onCopy={(url) => copyText(navigator, url)}
        onClose={close}
      />
      {createPortal(
        <ProgramNotices uploadProblem={problem} onDismissUpload={dismiss} />,
        document.body,
      )}
    </div>
  );
}
