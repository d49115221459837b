import { useMemo, useState } from "react";
import { goToMoment, type MomentOutcome } from "../store/lesson-moments";
import type { LessonId } from "../store/lesson-catalog";
import type { LinkActions } from "./markdown/moment-link";
import { useAppStore } from "./store-context";
import { useMessages } from "./use-messages";

/** The scheduler lab's panel (src/ui/lab/LabPanel.tsx), a <details> folded by default. */
const LAB_PANEL = '[data-testid="lab-panel"]';

/**
 * What the lesson text's action links do (moment-link.tsx): a moment link moves the cursor to
 * the moment, running the program first when it has not run; the lab link sets the lab to
 * threads mode under its seeded random policy, unfolds it and takes the focus there, so the
 * learner's next press runs the program as threads would. `notice` says when the run has no
 * such moment (empty otherwise), for the lesson it was followed in.
 */
export function useMomentLinks(lessonId: LessonId | null): {
  actions: LinkActions;
  notice: string;
} {
  const store = useAppStore();
  const t = useMessages().lessonUi;
  const [last, setLast] = useState<{ lessonId: LessonId | null; kind: MomentOutcome["kind"] }>({
    lessonId: null,
    kind: "moved",
  });
  const actions = useMemo<LinkActions>(
    () => ({
      moment: (name) => {
        void goToMoment(store, name).then((result) => setLast({ lessonId, kind: result.kind }));
      },
      labThreads: () => {
        store.getState().setLab({ threads: true, policy: "random" });
        const panel = document.querySelector<HTMLDetailsElement>(LAB_PANEL);
        if (panel === null) return;
        panel.open = true;
        panel.scrollIntoView({ block: "nearest" });
        panel.querySelector<HTMLElement>("summary")?.focus();
      },
    }),
    [store, lessonId],
  );
  const outcome = last.lessonId === lessonId ? last.kind : "moved";
  const notice =
    outcome === "not-in-run" ? t.momentNotInRun : outcome === "unknown" ? t.momentUnknown : "";
  return { actions, notice };
}
