import { selectMadeChoices } from "../../store/lab-selectors";
import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";

/**
 * The choices made on the branch shown, each a way back to its choice point (a new branch forks
 * there), and the branches kept, to return to.
 */
export function BranchList() {
  const t = useLabMessages();
  const hubMode = useAppState((s) => s.hubMode);
  const branches = useAppState((s) => s.branches);
  const branchIndex = useAppState((s) => s.branchIndex);
  const made = useAppState(selectMadeChoices);
  const forkAt = useAppState((s) => s.forkAt);
  const showBranch = useAppState((s) => s.showBranch);
  const running = useAppState((s) => s.status === "running");
  if (!hubMode) return null;
  return (
    <div className="lab-branches" data-branches={branches.length} data-branch={branchIndex}>
      {made.length > 0 && (
        <div className="lab-made">
          <span>{t.choicesMade}</span>
          {made.map((c) => (
            <button
              type="button"
              key={c.index}
              className="chip"
              disabled={running}
              data-choice-point={c.index}
              onClick={() => void forkAt(c.index)}
            >
              {t.choiceChip({ n: c.index + 1, who: c.who })}
            </button>
          ))}
        </div>
      )}
      {branches.length > 1 && (
        <div className="lab-branch-list" role="group" aria-label={t.branches}>
          <span>{t.branches}:</span>
          {branches.map((b, i) => (
            <button
              type="button"
              key={b.id}
              className="chip"
              aria-pressed={i === branchIndex}
              disabled={running}
              data-branch-id={b.id}
              onClick={() => void showBranch(i)}
              title={
                b.from === null ? undefined : t.forkedFrom({ id: b.from.branch, at: b.from.at })
              }
            >
              {t.branch({ id: b.id })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
