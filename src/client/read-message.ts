/**
 * Checks the shape of what arrives from the runner before the page uses it. The worker runs
 * learner code (maybe from a shared link), which may have corrupted the runner's own objects:
 * only well-formed protocol messages get through, as plain data.
 */
import type { WorkerMessageType, WorkerToPage } from "../protocol";

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === "object" && v !== null;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isRunId = (v: unknown): boolean => typeof v === "string" && /^[0-9a-f]{32}$/.test(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isPosition = (v: unknown): boolean =>
  isObject(v) && isNumber(v.line) && isNumber(v.column) && isString(v.message);
const isSite = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && v.every(isNumber);

function isSummary(v: unknown): boolean {
  if (!isObject(v)) return false;
  const error = v.error;
  const errorOk =
    error === null ||
    (isObject(error) && isString(error.name) && isString(error.message) && isNumber(error.line));
  return (
    isString(v.stdout) &&
    isString(v.stderr) &&
    isNumber(v.elapsed) &&
    isNumber(v.events) &&
    errorOk &&
    Array.isArray(v.warnings) &&
    v.warnings.every(isPosition) &&
    (v.pausedAtChoice === undefined || typeof v.pausedAtChoice === "boolean")
  );
}

/** One check per message type: a new type in the protocol fails to compile until added here. */
const CHECKS: Record<WorkerMessageType, (m: Fields) => boolean> = {
  ready: () => true,
  compiled: (m) => isRunId(m.runId) && Array.isArray(m.sites) && m.sites.every(isSite),
  "compile-error": (m) => isRunId(m.runId) && isPosition(m.error),
  progress: (m) => isRunId(m.runId) && isNumber(m.virtualTime) && isNumber(m.events),
  trace: (m) =>
    isRunId(m.runId) &&
    m.words instanceof ArrayBuffer &&
    isStringArray(m.strings) &&
    Number.isInteger(m.firstString),
  done: (m) => isRunId(m.runId) && isSummary(m.summary),
  crashed: (m) => isRunId(m.runId) && isString(m.message),
};

export function readWorkerMessage(data: unknown): WorkerToPage | null {
  if (!isObject(data) || !isString(data.type) || !Object.hasOwn(CHECKS, data.type)) return null;
  const check = CHECKS[data.type as WorkerMessageType];
  return check(data) ? (data as unknown as WorkerToPage) : null;
}
