import { ModalDialog } from "./ModalDialog";
import { useMessages } from "./use-messages";

interface ResetDialogProps {
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before the lesson's original program replaces the learner's (which Undo restores). */
export function ResetDialog({ open, onConfirm, onCancel }: ResetDialogProps) {
  const t = useMessages().program;
  return (
    <ModalDialog open={open} title={t.resetTitle} onClose={onCancel}>
      <p>{t.resetExplain}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel} data-initial-focus>
          {t.cancel}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t.resetConfirm}
        </button>
      </div>
    </ModalDialog>
  );
}
