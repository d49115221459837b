import { useId, useState } from "react";
import { ModalDialog } from "./ModalDialog";
import { useMessages } from "./use-messages";

export type CopyState = "copied" | "failed" | null;

interface ShareDialogProps {
  /** The link to show, or null when the dialog is closed. */
  url: string | null;
  /** Whether copying it (on the Share click) worked. */
  copied: CopyState;
  onCopy(url: string): Promise<boolean>;
  onClose(): void;
}

/** Shows the share link, selectable, with what became of copying it to the clipboard. */
export function ShareDialog({ url, copied, onCopy, onClose }: ShareDialogProps) {
  const t = useMessages().program;
  const inputId = useId();
  const [copiedAgain, setCopiedAgain] = useState<CopyState>(null);
  const state = copiedAgain ?? copied;
  const close = () => {
    setCopiedAgain(null);
    onClose();
  };
  return (
    <ModalDialog open={url !== null} title={t.shareTitle} onClose={close}>
      <p>{t.shareExplain}</p>
      <label htmlFor={inputId}>{t.shareLink}</label>
      <input
        id={inputId}
        className="share-url"
        readOnly
        value={url ?? ""}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p role="status" className="share-copy-state">
        {state === "copied" ? t.copied : state === "failed" ? t.copyFailed : ""}
      </p>
      <div className="dialog-buttons">
        <button
          type="button"
          onClick={() => void onCopy(url!).then((ok) => setCopiedAgain(ok ? "copied" : "failed"))}
        >
          {t.copyLink}
        </button>
        <button type="button" className="primary" onClick={close} data-initial-focus>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}
