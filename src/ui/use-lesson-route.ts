import { useEffect } from "react";
import { LESSONS } from "../store/lesson-catalog";
import { parseRoute } from "../store/lesson-route";
import { useAppStore } from "./store-context";

/**
 * Follows the URL: `#lesson/<id>` opens that lesson (on load, and whenever the fragment
 * changes: links, back and forward). With no fragment the first lesson opens, unless one is
 * open already. Other fragments (share links) belong to someone else and are left alone.
 */
export function useLessonRoute(): void {
  const store = useAppStore();
  useEffect(() => {
    const follow = () => {
      const route = parseRoute(window.location.hash);
      const { openLesson, lessonId } = store.getState();
      if (route.kind === "lesson") openLesson(route.id);
      else if (route.kind === "home" && lessonId === null && LESSONS.length > 0) {
        openLesson(LESSONS[0].id);
      }
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [store]);
}
