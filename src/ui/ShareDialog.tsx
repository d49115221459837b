import { useId, useState } from "react";
import { EmbedSnippet } from "./EmbedSnippet";
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

/**
 * Shows the share link, selectable, with what became of copying it to the clipboard; its
 * Embed tab, the iframe snippet for other pages (EmbedSnippet).
 */
export function ShareDialog({ url, copied, onCopy, onClose }: ShareDialogProps) {
  const messages = useMessages();
  const t = messages.program;
  const inputId = useId();
  const tabsId = useId();
  const [copiedAgain, setCopiedAgain] = useState<CopyState>(null);
  const [tab, setTab] = useState<"link" | "embed">("link");
  const state = copiedAgain ?? copied;
  const close = () => {
    setCopiedAgain(null);
    setTab("link");
    onClose();
  };
  const tabProps = (name: "link" | "embed") => ({
    type: "button" as const,
    role: "tab",
    id: `${tabsId}-${name}`,
    "aria-selected": tab === name,
    "aria-controls": `${tabsId}-panel`,
    onClick: () => setTab(name),
  });
  return (
    <ModalDialog open={url !== null} title={t.shareTitle} onClose={close}>
      <div className="share-tabs" role="tablist" aria-label={messages.classroom.shareTabs}>
        <button {...tabProps("link")}>{messages.classroom.shareTabLink}</button>
        <button {...tabProps("embed")}>{messages.classroom.shareTabEmbed}</button>
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${tab}`}>
        {tab === "link" ? (
          <>
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
                onClick={() =>
                  void onCopy(url!).then((ok) => setCopiedAgain(ok ? "copied" : "failed"))
                }
              >
                {t.copyLink}
              </button>
            </div>
          </>
        ) : (
          <EmbedSnippet onCopy={onCopy} />
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={close} data-initial-focus>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}
