import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";

/** Policy, seed and threads mode, a run under them, and the way into (and out of) the hub. */
export function LabControls() {
  const t = useLabMessages();
  const lab = useAppState((s) => s.lab);
  const setLab = useAppState((s) => s.setLab);
  const runLab = useAppState((s) => s.runLab);
  const hubMode = useAppState((s) => s.hubMode);
  const startHub = useAppState((s) => s.startHub);
  const stopHub = useAppState((s) => s.stopHub);
  const running = useAppState((s) => s.status === "running");
  return (
    <div className="lab-controls">
      <label>
        {t.policy}{" "}
        <select
          value={lab.policy}
          onChange={(e) => setLab({ policy: e.target.value === "gevent" ? "gevent" : "random" })}
        >
          <option value="gevent">{t.policyGevent}</option>
          <option value="random">{t.policyRandom}</option>
        </select>
      </label>
      <label>
        {t.seed}{" "}
        <input
          type="number"
          className="lab-seed"
          value={lab.seed}
          min={0}
          onChange={(e) => setLab({ seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={lab.threads}
          onChange={(e) => setLab({ threads: e.target.checked })}
        />{" "}
        {t.threads}
      </label>
      <button type="button" disabled={running} onClick={() => void runLab()}>
        {t.runLab}
      </button>
      {hubMode ? (
        <button type="button" onClick={stopHub}>
          {t.leaveHub}
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={running}
          onClick={() => void startHub()}
        >
          {t.beHub}
        </button>
      )}
    </div>
  );
}
