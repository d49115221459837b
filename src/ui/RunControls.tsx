import { selectIsRunning } from "../store/selectors";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import { shortcutKeys } from "./shortcut-keys";

export function RunControls() {
  const t = useMessages();
  const running = useAppState(selectIsRunning);
  const run = useAppState((s) => s.run);
  const stop = useAppState((s) => s.stop);
  const keys = shortcutKeys();
  return (
    <div className="run-controls">
      <button
        type="button"
        className="primary"
        onClick={() => void run()}
        title={`${t.shortcutRun} (${keys.run})`}
      >
        <span aria-hidden="true">▶</span> {t.run}
      </button>
      <button
        type="button"
        onClick={stop}
        disabled={!running}
        title={`${t.shortcutStop} (${keys.stop})`}
      >
        <span aria-hidden="true">■</span> {t.stop}
      </button>
    </div>
  );
}
