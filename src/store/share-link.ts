/**
 * Share links: a program and its lesson in the URL fragment, `#v1/<lessonId>/<payload>`, the
 * payload being the program compressed with lz-string into URL-safe characters. A fragment never
 * reaches a server. The version comes first so that a later format can be added beside this one
 * while links already handed out keep opening (decoders are kept per version, forever).
 * Pure: the caller passes the fragment and the page's address.
 */
import LZString from "lz-string";
import { LESSON_ID } from "../../lessons/format";

/** What a share link carries. `lessonId` null: the program belongs to no lesson. */
export interface SharedProgram {
  lessonId: string | null;
  code: string;
}

export type ShareDecoding =
  | { kind: "shared"; program: SharedProgram }
  /** A fragment that is not a share link at all (a lesson route, nothing): not ours. */
  | { kind: "not-a-share" }
  /**
   * It claims to be a share link but cannot be read (cut short, or from a newer app);
   * `lessonId` is the lesson it names, when that much can be read.
   */
  | { kind: "unreadable"; reason: "damaged" | "newer-version"; lessonId: string | null };

/** A program longer than this (about 1 MB) is not worth a link: no browser keeps such a URL. */
export const MAX_SHARED_CODE = 1_000_000;

const CURRENT = "v1";
const SHARE_FRAGMENT = /^#v(\d+)\/(.*)$/s;

/** The fragment (with its `#`) that carries `program`. */
export function encodeShareFragment(program: SharedProgram): string {
  if (program.lessonId !== null && !LESSON_ID.test(program.lessonId)) {
    throw new Error(`not a lesson id: ${program.lessonId}`);
  }
  const payload = LZString.compressToEncodedURIComponent(program.code);
  return `#${CURRENT}/${program.lessonId ?? ""}/${payload}`;
}

/** The full link: the page's address without its fragment, then the share fragment. */
export function shareUrl(pageUrl: string, program: SharedProgram): string {
  const base = pageUrl.split("#")[0];
  return base + encodeShareFragment(program);
}

const damaged = (lessonId: string | null = null): ShareDecoding => ({
  kind: "unreadable",
  reason: "damaged",
  lessonId,
});

function decodeV1(rest: string): ShareDecoding {
  const slash = rest.indexOf("/");
  if (slash < 0) return damaged(LESSON_ID.test(rest) ? rest : null);
  const id = rest.slice(0, slash);
  if (id !== "" && !LESSON_ID.test(id)) return damaged();
  // Some mail and chat programs escape characters of a pasted link; the alphabet has no `%`.
  const payload = safeDecodeURIComponent(rest.slice(slash + 1));
  const code = payload === null ? null : LZString.decompressFromEncodedURIComponent(payload);
  // lz-string yields "" or null for damaged input; an empty program is not worth sharing.
  if (!code || code.length > MAX_SHARED_CODE) return damaged(id === "" ? null : id);
  return { kind: "shared", program: { lessonId: id === "" ? null : id, code } };
}

const DECODERS: Record<string, (rest: string) => ShareDecoding> = { "1": decodeV1 };

/** Reads a share link's fragment (`location.hash`). */
export function decodeShareFragment(hash: string): ShareDecoding {
  const match = SHARE_FRAGMENT.exec(hash);
  if (!match) return { kind: "not-a-share" };
  const decoder = DECODERS[String(Number(match[1]))];
  if (!decoder) return { kind: "unreadable", reason: "newer-version", lessonId: null };
  return decoder(match[2]);
}

function safeDecodeURIComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
