/**
 * The learner's programs in the browser's storage, one record per lesson under a versioned key.
 * Each record carries a revision that every save increments, so a tab can tell that another tab
 * saved the lesson since it last looked, and never overwrites that silently. Next to it, one
 * "previous program" per lesson keeps the code the last reset, upload or shared link replaced.
 * Storage may be missing, full or forbidden (private windows): the app then keeps working and
 * the functions report that nothing was saved. Pure but for the storage passed in.
 */

/** The part of the Web Storage API the programs need (localStorage, or a map in tests). */
export interface ProgramStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A program saved for a lesson. */
export interface SavedProgram {
  code: string;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  /** Counts saves of this lesson, in any tab: 1 for the first. */
  rev: number;
  /** The tab that saved it. */
  tab: string;
}

/** Why a program was put aside: what replaced it. */
export type ReplacedBy = "reset" | "upload" | "shared-link" | "other-tab";

export interface PreviousProgram {
  code: string;
  savedAt: number;
  replacedBy: ReplacedBy;
}

const PREFIX = "greenlet-playground:";
/** A later format gets keys of its own (v2) and reads these once to migrate. */
export const programKey = (lessonId: string) => `${PREFIX}program:v1:${lessonId}`;
export const previousKey = (lessonId: string) => `${PREFIX}previous-program:v1:${lessonId}`;

/** The lesson whose program `key` holds, or null for any other key. */
export function lessonOfProgramKey(key: string | null): string | null {
  const prefix = programKey("");
  return key?.startsWith(prefix) ? key.slice(prefix.length) : null;
}

function readJson(storage: ProgramStorage | null, key: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? "null");
    return typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function writeJson(storage: ProgramStorage | null, key: string, value: object): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // full or forbidden: the program stays in the editor
  }
}

/** A stored record's text (from a storage event, say) as a saved program, if well-formed. */
export function parseSavedProgram(text: string | null): SavedProgram | null {
  let value: unknown;
  try {
    value = JSON.parse(text ?? "null");
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { code, savedAt, rev, tab } = value as Record<string, unknown>;
  if (typeof code !== "string" || typeof savedAt !== "number") return null;
  if (typeof rev !== "number" || !Number.isInteger(rev) || rev < 1) return null;
  return { code, savedAt, rev, tab: typeof tab === "string" ? tab : "" };
}

export function readSavedProgram(
  storage: ProgramStorage | null,
  lessonId: string,
): SavedProgram | null {
  const record = readJson(storage, programKey(lessonId));
  return record ? parseSavedProgram(JSON.stringify(record)) : null;
}

/** Saves `code` as the next revision after `stored` (null: the first); returns it, or null. */
export function writeSavedProgram(
  storage: ProgramStorage | null,
  lessonId: string,
  program: { code: string; savedAt: number; tab: string },
  stored: SavedProgram | null,
): SavedProgram | null {
  const record: SavedProgram = { ...program, rev: (stored?.rev ?? 0) + 1 };
  return writeJson(storage, programKey(lessonId), record) ? record : null;
}

export function readPreviousProgram(
  storage: ProgramStorage | null,
  lessonId: string,
): PreviousProgram | null {
  const record = readJson(storage, previousKey(lessonId));
  if (!record || typeof record.code !== "string" || typeof record.savedAt !== "number") {
    return null;
  }
  const replacedBy = record.replacedBy as ReplacedBy;
  return { code: record.code, savedAt: record.savedAt, replacedBy };
}

export function writePreviousProgram(
  storage: ProgramStorage | null,
  lessonId: string,
  previous: PreviousProgram,
): boolean {
  return writeJson(storage, previousKey(lessonId), previous);
}

/**
 * Whether this tab may save over `stored`: yes when nothing is stored, when this tab saved it,
 * or when it is the revision this tab last saw. Otherwise another tab saved in between.
 */
export function maySaveOver(stored: SavedProgram | null, seenRev: number, tab: string): boolean {
  return stored === null || stored.tab === tab || stored.rev <= seenRev;
}
