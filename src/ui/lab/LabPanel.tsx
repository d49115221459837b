import { BranchList } from "./BranchList";
import { ChoiceBar } from "./ChoiceBar";
import { CompareBox } from "./CompareBox";
import { GoalBox } from "./GoalBox";
import { LabControls } from "./LabControls";
import { useLabMessages } from "./use-lab-messages";
import "./lab.css";

/**
 * The scheduler lab under the editor, folded by default: run under a policy or in threads mode,
 * be the hub (choose at every choice point, step back and fork), aim at a goal, compare runs.
 */
export function LabPanel() {
  const t = useLabMessages();
  return (
    <details className="lab-panel" data-testid="lab-panel">
      <summary>{t.title}</summary>
      <div className="lab-body">
        <LabControls />
        <ChoiceBar />
        <BranchList />
        <GoalBox />
        <CompareBox />
      </div>
    </details>
  );
}
