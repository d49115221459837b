/**
 * The lesson's address in the URL: `#lesson/<id>`, so a link opens that lesson; an example of
 * the tutorials is `#example/<name>` (lesson-examples.ts). Other fragments are not ours (share
 * links start `#v1/`) and are left alone. Pure: the caller passes the hash.
 */
import { LESSON_ID } from "../../lessons/format";
import { EXAMPLE_NAME, exampleId, exampleNameOf } from "./lesson-examples";
import { splitStep } from "./step-route";

const PREFIX = "#lesson/";
const EXAMPLE_PREFIX = "#example/";

export type Route =
  /** No fragment: the app chooses what to open. */
  | { kind: "home" }
  /** A lesson or an example, by its lesson id. */
  | { kind: "lesson"; id: string }
  /** A fragment another part of the app reads (a share link), or one nobody knows. */
  | { kind: "other" };

export function parseRoute(fragment: string): Route {
  // The cursor's step may follow the route (step-route.ts).
  const hash = splitStep(fragment).base;
  if (hash === "" || hash === "#") return { kind: "home" };
  if (hash.startsWith(EXAMPLE_PREFIX)) {
    const name = hash.slice(EXAMPLE_PREFIX.length);
    return EXAMPLE_NAME.test(name) ? { kind: "lesson", id: exampleId(name) } : { kind: "other" };
  }
  if (!hash.startsWith(PREFIX)) return { kind: "other" };
  // Ids are plain lowercase words: anything escaped is not one.
  const id = hash.slice(PREFIX.length);
  return LESSON_ID.test(id) ? { kind: "lesson", id } : { kind: "other" };
}

/** The fragment that opens lesson (or example) `id`. */
export function lessonHref(id: string): string {
  const example = exampleNameOf(id);
  return example === null ? PREFIX + id : EXAMPLE_PREFIX + example;
}
