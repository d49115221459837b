/**
 * The ways a run can fall short of a change task, as data, and their wording in both languages
 * for the page.
 */
import type { BlockReasonName, ObjectTypeName } from "./trace-vocabulary";
import type { LessonLocale } from "./localized";

interface Bounds {
  min?: number;
  max?: number;
}

/** One reason the run does not satisfy the task, as data for the app to word. */
export type ExerciseFailure =
  | { kind: "missing-line"; line: string; index: number }
  | { kind: "present-line"; line: string }
  | { kind: "not-at-time"; line: string; time: number; times: number[] }
  | { kind: "too-fast"; min: number; elapsed: number }
  | { kind: "too-slow"; max: number; elapsed: number }
  | { kind: "error" }
  | { kind: "no-trace" }
  | ({ kind: "section"; enter: string; peak: number } & Bounds)
  | ({ kind: "blocked-at-once"; reason: BlockReasonName; object?: string; peak: number } & Bounds)
  | ({
      kind: "blocked";
      greenlet?: string;
      reason?: BlockReasonName;
      object?: string;
      count: number;
    } & Bounds)
  | ({ kind: "woke"; waker?: string; woken?: string; object?: string; count: number } & Bounds)
  | ({ kind: "switches"; from?: string; to?: string; count: number } & Bounds)
  | ({ kind: "spawned"; count: number } & Bounds)
  | ({ kind: "hub-held"; count: number } & Bounds)
  | ({ kind: "preempted"; count: number } & Bounds)
  | ({ kind: "objects"; type: ObjectTypeName; count: number } & Bounds);

const seconds = (s: number) => String(Math.round(s * 1000) / 1000);

/** "at least 2", "at most 1", "2 to 4": the bounds that were set. */
function boundsText({ min, max }: Bounds, zh: boolean): string {
  if (min !== undefined && max !== undefined) {
    if (min === max) return zh ? `恰好 ${min}` : `exactly ${min}`;
    return zh ? `${min} 到 ${max}` : `${min} to ${max}`;
  }
  if (min !== undefined) return zh ? `至少 ${min}` : `at least ${min}`;
  return zh ? `最多 ${max}` : `at most ${max}`;
}

/** An optional part of a description: " through q" (en), " 通过 q" (zh). */
const part = (value: string | undefined, en: string, zh: string, isZh: boolean) =>
  value === undefined ? "" : isZh ? `${zh}${value}` : ` ${en} ${value}`;

/** A failure in the learner's language. */
export function failureMessage(failure: ExerciseFailure, locale: LessonLocale): string {
  const zh = locale === "zh-CN";
  switch (failure.kind) {
    case "missing-line":
      return zh
        ? `输出中（按顺序）缺少这一行：${failure.line}`
        : `The output lacks this line (in order): ${failure.line}`;
    case "present-line":
      return zh
        ? `输出中不应出现这一行：${failure.line}`
        : `The output should not contain this line: ${failure.line}`;
    case "not-at-time": {
      const when = failure.times.map(seconds).join(", ");
      if (zh) {
        const seen = failure.times.length === 0 ? "它没有被打印" : `它在 ${when} 秒打印`;
        return `“${failure.line}”应在 ${seconds(failure.time)} 秒打印；${seen}`;
      }
      const seen =
        failure.times.length === 0 ? "it was not printed" : `it was printed at ${when} s`;
      return `“${failure.line}” should be printed at ${seconds(failure.time)} s; ${seen}`;
    }
    case "too-fast":
      return zh
        ? `运行只用了 ${seconds(failure.elapsed)} 秒，至少应为 ${seconds(failure.min)} 秒`
        : `The run took ${seconds(failure.elapsed)} s; it should take at least ${seconds(failure.min)} s`;
    case "too-slow":
      return zh
        ? `运行用了 ${seconds(failure.elapsed)} 秒，最多应为 ${seconds(failure.max)} 秒`
        : `The run took ${seconds(failure.elapsed)} s; it should take at most ${seconds(failure.max)} s`;
    case "error":
      return zh ? "程序以错误结束" : "The program ended with an error";
    case "no-trace":
      return zh ? "这次运行没有留下可检查的轨迹" : "This run left no trace to check";
    case "section":
      return zh
        ? `同时处在“${failure.enter}”这一段里的 greenlet 最多时有 ${failure.peak} 个，应为${boundsText(failure, zh)} 个`
        : `The most greenlets inside the section “${failure.enter}” at once was ${failure.peak}; it should be ${boundsText(failure, zh)}`;
    case "blocked-at-once": {
      const on =
        failure.object === undefined
          ? ""
          : zh
            ? `（在 ${failure.object} 上）`
            : ` on ${failure.object}`;
      return zh
        ? `同时因 ${failure.reason}${on} 阻塞的 greenlet 最多时有 ${failure.peak} 个，应为${boundsText(failure, zh)} 个`
        : `The most greenlets blocked in ${failure.reason}${on} at once was ${failure.peak}; it should be ${boundsText(failure, zh)}`;
    }
    case "blocked": {
      const why = failure.reason ?? (zh ? "任何原因" : "anything");
      const on =
        failure.object === undefined
          ? ""
          : zh
            ? `（在 ${failure.object} 上）`
            : ` on ${failure.object}`;
      const who =
        failure.greenlet === undefined
          ? ""
          : zh
            ? `名为 ${failure.greenlet} 的`
            : ` named ${failure.greenlet}`;
      return zh
        ? `因 ${why}${on} 阻塞过的${who} greenlet 有 ${failure.count} 个，应为${boundsText(failure, zh)} 个`
        : `${failure.count} greenlets${who} blocked in ${why}${on}; it should be ${boundsText(failure, zh)}`;
    }
    case "woke": {
      const by = failure.waker ?? (zh ? "任何 greenlet" : "any greenlet");
      const whom = failure.woken ?? (zh ? "任何 greenlet" : "any greenlet");
      const via = part(failure.object, "through", " 通过 ", zh);
      return zh
        ? `${by} 唤醒 ${whom}${via} 的次数是 ${failure.count}，应为${boundsText(failure, zh)} 次`
        : `${by} woke ${whom}${via} ${failure.count} times; it should be ${boundsText(failure, zh)}`;
    }
    case "switches": {
      const from = failure.from ?? (zh ? "任何 greenlet" : "any greenlet");
      const to = failure.to ?? (zh ? "任何 greenlet" : "any greenlet");
      return zh
        ? `从 ${from} 切换到 ${to} 的次数是 ${failure.count}，应为${boundsText(failure, zh)} 次`
        : `${failure.count} switches from ${from} to ${to}; it should be ${boundsText(failure, zh)}`;
    }
    case "spawned":
      return zh
        ? `程序创建了 ${failure.count} 个 greenlet，应为${boundsText(failure, zh)} 个`
        : `The program created ${failure.count} greenlets; it should be ${boundsText(failure, zh)}`;
    case "objects":
      return zh
        ? `程序创建了 ${failure.count} 个 ${failure.type} 对象，应为${boundsText(failure, zh)} 个`
        : `The program created ${failure.count} ${failure.type} objects; it should be ${boundsText(failure, zh)}`;
    case "hub-held":
      return zh
        ? `有 ${failure.count} 次阻塞调用占住了 hub（其间没有别的 greenlet 能运行），应为${boundsText(failure, zh)} 次`
        : `${failure.count} blocking calls held the hub (no other greenlet could run meanwhile); it should be ${boundsText(failure, zh)}`;
    case "preempted":
      if (failure.count === 0 && (failure.min ?? 0) > 0) {
        return zh
          ? "这次运行不是线程模式：抢占了 0 次。请在“调度实验室”里选择“带种子的随机”策略，勾选“线程模式（抢占）”，然后点“按此策略运行”"
          : "This run was not in threads mode: 0 preemptions. In the Scheduler lab, choose Seeded random, tick Threads mode (preemption), then Run with this policy";
      }
      return zh
        ? `有 ${failure.count} 次抢占，应为${boundsText(failure, zh)} 次`
        : `${failure.count} preemptions; it should be ${boundsText(failure, zh)}`;
  }
}
