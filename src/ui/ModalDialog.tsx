import { useEffect, useId, useRef, type ReactNode } from "react";
import "./ModalDialog.css";

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Called when the learner closes it (Escape, or a button that calls it). */
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog on the platform's <dialog>: the page behind is inert, focus stays inside and
 * returns where it was, Escape closes. The element marked `data-initial-focus` gets the focus
 * (the safe choice, in a confirmation).
 */
export function ModalDialog({ open, title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-initial-focus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}
