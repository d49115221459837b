import type { LabGoal } from "../../store/lab-goals";
import { selectGoalStatus, selectLabGoals } from "../../store/lab-selectors";
import type { LabMessages } from "../../i18n/lab-messages";
import { useAppState } from "../store-context";
import { useLocale } from "../use-messages";
import { useLabMessages } from "./use-lab-messages";

function titleOf(goal: LabGoal, t: LabMessages, locale: "en" | "zh-CN"): string {
  if (goal.title !== null) return goal.title[locale];
  switch (goal.goal.kind) {
    case "deadlock":
      return t.goalDeadlock;
    case "inside":
      return t.goalInside(goal.goal);
    case "waits":
      return t.goalEmpty3;
    default:
      return t.goalFinish;
  }
}

/** The goal the learner's schedule aims at, and whether (and at which step) the run reaches it. */
export function GoalBox() {
  const t = useLabMessages();
  const locale = useLocale();
  const goals = useAppState(selectLabGoals);
  const goalId = useAppState((s) => s.goalId);
  const setGoal = useAppState((s) => s.setGoal);
  const inside = useAppState((s) => s.insideLines);
  const setInside = useAppState((s) => s.setInsideLines);
  const status = useAppState(selectGoalStatus);
  const setStep = useAppState((s) => s.setStep);
  const line = (v: string) => Math.max(1, Math.floor(Number(v) || 1));
  return (
    <div
      className="lab-goal"
      data-goal={status === undefined ? "" : status === null ? "not-yet" : "reached"}
      data-goal-step={status?.step ?? ""}
    >
      <label>
        {t.goal}{" "}
        <select value={goalId ?? ""} onChange={(e) => setGoal(e.target.value || null)}>
          <option value="">{t.noGoal}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {titleOf(g, t, locale)}
            </option>
          ))}
        </select>
      </label>
      {goalId === "inside" && (
        <>
          <label>
            {t.insideFrom}{" "}
            <input
              type="number"
              min={1}
              className="lab-line"
              value={inside.from}
              onChange={(e) => setInside({ ...inside, from: line(e.target.value) })}
            />
          </label>
          <label>
            {t.insideTo}{" "}
            <input
              type="number"
              min={1}
              className="lab-line"
              value={inside.to}
              onChange={(e) => setInside({ ...inside, to: line(e.target.value) })}
            />
          </label>
        </>
      )}
      {status === null && <span className="lab-goal-status">{t.goalNotYet}</span>}
      {status != null && (
        <span className="lab-goal-status reached">
          {t.goalReached({ step: status.step + 1, time: t.seconds(status.time) })}{" "}
          <button type="button" onClick={() => setStep(status.step)}>
            {t.showStep}
          </button>
        </span>
      )}
    </div>
  );
}
