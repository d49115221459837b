/**
 * One step of a run in a few words, for the event table: what src/trace/stepping/event-row.ts
 * reads from the model (the same shapes, by key), in English and Simplified Chinese.
 */

/** An object as a row names it: its variable, else its kind and id. */
export interface ObjectRef {
  id: number;
  name: string | null;
  /** The lower-case key of its kind (`queue`, `event`, `bounded_semaphore`). */
  type: string;
}

export type EventFact =
  | { kind: "created"; parent: string }
  | { kind: "started"; call: string }
  | { kind: "switch"; to: string }
  | { kind: "blocked"; reason: string; on: ObjectRef | null; joined: string | null }
  | { kind: "woken"; by: string; on: ObjectRef | null }
  | { kind: "finished"; value: string }
  | { kind: "failed"; error: string }
  | { kind: "killed"; by: string; exception: string }
  | { kind: "timer-scheduled"; delay: number }
  | { kind: "timer-fired" }
  | { kind: "timer-cancelled" }
  | { kind: "object-created"; object: ObjectRef }
  | { kind: "named"; object: ObjectRef | null; name: string }
  | { kind: "state"; object: ObjectRef; value: number }
  | { kind: "limit"; object: ObjectRef; limit: number | null }
  | { kind: "item-in" | "item-out"; object: ObjectRef; item: string }
  | { kind: "output"; text: string; stderr: boolean }
  | { kind: "error"; name: string; message: string }
  | { kind: "hub-held"; seconds: number }
  | { kind: "warning"; message: string }
  | { kind: "abandoned" }
  /** The scheduler lab: a choice point with its candidates, one candidate, a preemption. */
  | { kind: "choice"; candidates: number; chosen: number | null }
  | { kind: "candidate"; call: string }
  | { kind: "preempted" };

export type EventWords = (
  fact: EventFact,
  words: { kind: (type: string) => string; reason: (reason: string) => string },
) => string;

const ref = (o: ObjectRef | null, kind: (type: string) => string) =>
  o === null ? "" : (o.name ?? `${kind(o.type)} #${o.id}`);

const seconds = (s: number) => `${Number(s.toFixed(6))}s`;

export const eventEn: EventWords = (f, w) => {
  const on = (o: ObjectRef | null) => (o === null ? "" : ` on ${ref(o, w.kind)}`);
  switch (f.kind) {
    case "created":
      return `created (parent ${f.parent})`;
    case "started":
      return `starts ${f.call}`;
    case "switch":
      return `switch to ${f.to}`;
    case "blocked":
      return `blocks: ${w.reason(f.reason)}${f.joined ? ` ${f.joined}` : on(f.on)}`;
    case "woken":
      return `woken by ${f.by}${on(f.on)}`;
    case "finished":
      return `finished, value ${f.value}`;
    case "failed":
      return `failed: ${f.error}`;
    case "killed":
      return `killed by ${f.by} (${f.exception})`;
    case "timer-scheduled":
      return `timer set for ${seconds(f.delay)}`;
    case "timer-fired":
      return "timer fired";
    case "timer-cancelled":
      return "timer cancelled";
    case "object-created":
      return `creates ${w.kind(f.object.type)} #${f.object.id}`;
    case "named":
      return f.object === null ? `named ${f.name}` : `names ${ref(f.object, w.kind)} ${f.name}`;
    case "state":
      return `${ref(f.object, w.kind)} = ${f.value}`;
    case "limit":
      return `${ref(f.object, w.kind)} limit ${f.limit ?? "none"}`;
    case "item-in":
      return `${f.item} into ${ref(f.object, w.kind)}`;
    case "item-out":
      return `${f.item} out of ${ref(f.object, w.kind)}`;
    case "output":
      return `${f.stderr ? "prints to stderr" : "prints"}: ${f.text}`;
    case "error":
      return `${f.name}: ${f.message}`;
    case "hub-held":
      return `holds the hub for ${seconds(f.seconds)}`;
    case "warning":
      return `warning: ${f.message}`;
    case "abandoned":
      return "abandoned when the program ended";
    case "choice":
      return f.chosen === null
        ? `a choice among ${f.candidates}, left to you`
        : `a choice among ${f.candidates}: number ${f.chosen} runs`;
    case "candidate":
      return `could run next: ${f.call}`;
    case "preempted":
      return "preempted, back to the ready queue";
  }
};

export const eventZhCN: EventWords = (f, w) => {
  const on = (o: ObjectRef | null) => (o === null ? "" : `（${ref(o, w.kind)}）`);
  switch (f.kind) {
    case "created":
      return `被创建（parent：${f.parent}）`;
    case "started":
      return `开始执行 ${f.call}`;
    case "switch":
      return `切换到 ${f.to}`;
    case "blocked":
      return `阻塞：${w.reason(f.reason)}${f.joined ? ` ${f.joined}` : on(f.on)}`;
    case "woken":
      return `被 ${f.by} 唤醒${on(f.on)}`;
    case "finished":
      return `结束，返回值 ${f.value}`;
    case "failed":
      return `失败：${f.error}`;
    case "killed":
      return `被 ${f.by} 杀死（${f.exception}）`;
    case "timer-scheduled":
      return `设定 ${seconds(f.delay)} 的定时器`;
    case "timer-fired":
      return "定时器触发";
    case "timer-cancelled":
      return "定时器取消";
    case "object-created":
      return `创建${w.kind(f.object.type)} #${f.object.id}`;
    case "named":
      return f.object === null ? `命名为 ${f.name}` : `${ref(f.object, w.kind)} 命名为 ${f.name}`;
    case "state":
      return `${ref(f.object, w.kind)} = ${f.value}`;
    case "limit":
      return `${ref(f.object, w.kind)} 上限 ${f.limit ?? "无"}`;
    case "item-in":
      return `${f.item} 放入 ${ref(f.object, w.kind)}`;
    case "item-out":
      return `${f.item} 取出自 ${ref(f.object, w.kind)}`;
    case "output":
      return `${f.stderr ? "输出到 stderr" : "输出"}：${f.text}`;
    case "error":
      return `${f.name}: ${f.message}`;
    case "hub-held":
      return `占住 hub ${seconds(f.seconds)}`;
    case "warning":
      return `警告：${f.message}`;
    case "abandoned":
      return "程序结束时被遗弃";
    case "choice":
      return f.chosen === null
        ? `在 ${f.candidates} 个候选中选择，由你决定`
        : `在 ${f.candidates} 个候选中选择：第 ${f.chosen} 个运行`;
    case "candidate":
      return `下一个可以运行：${f.call}`;
    case "preempted":
      return "被抢占，回到就绪队列";
  }
};
