import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import "./program-actions.css";
import "./UpdateNotice.css";

/**
 * "A new version is ready — Reload to update": shown when the service worker has installed a
 * new deployment. Reloading is the learner's choice, so a run or a lesson is never cut short.
 */
export function UpdateNotice() {
  const t = useMessages().classroom;
  const pending = useAppState((s) => s.pendingUpdate !== null);
  const applyUpdate = useAppState((s) => s.applyUpdate);
  const dismissUpdate = useAppState((s) => s.dismissUpdate);
  return (
    <div className="update-notice" aria-live="polite">
      {pending ? (
        <div className="program-notice" role="status">
          <p>{t.updateReady}</p>
          <div className="notice-buttons">
            <button type="button" onClick={dismissUpdate}>
              {t.later}
            </button>
            <button type="button" className="primary" onClick={applyUpdate}>
              {t.reloadToUpdate}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
