import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";

export function RunControls() {
  const t = useMessages();
  const status = useAppState((s) => s.status);
  const run = useAppState((s) => s.run);
  const stop = useAppState((s) => s.stop);
  return (
    <div className="run-controls">
      <button type="button" className="primary" onClick={() => void run()}>
        {t.run}
      </button>
      <button type="button" onClick={stop} disabled={status !== "running"}>
        {t.stop}
      </button>
    </div>
  );
}
