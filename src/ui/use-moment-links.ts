import { useCallback, useState } from "react";
import { goToMoment, type MomentOutcome } from "../store/lesson-moments";
import type { LessonId } from "../store/lesson-catalog";
import { useAppStore } from "./store-context";
import { useMessages } from "./use-messages";

/**
 * What the lesson text's moment links do (MomentLink): move the cursor to the moment, running
 * the program first when it has not run; and the notice to show when the run has no such moment
 * (empty when it moved). The notice goes when another lesson opens.
 */
export function useMomentLinks(lessonId: LessonId | null): {
  follow: (name: string) => void;
  notice: string;
} {
  const store = useAppStore();
  const t = useMessages().lessonUi;
  // The outcome is kept with the lesson it was for, so another lesson shows no stale notice.
  const [last, setLast] = useState<{ lessonId: LessonId | null; kind: MomentOutcome["kind"] }>({
    lessonId: null,
    kind: "moved",
  });
  const follow = useCallback(
    (name: string) => {
      void goToMoment(store, name).then((result) => setLast({ lessonId, kind: result.kind }));
    },
    [store, lessonId],
  );
  const outcome = last.lessonId === lessonId ? last.kind : "moved";
  const notice =
    outcome === "not-in-run" ? t.momentNotInRun : outcome === "unknown" ? t.momentUnknown : "";
  return { follow, notice };
}
