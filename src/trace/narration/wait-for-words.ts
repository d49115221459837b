/**
 * A run that ends stuck, told in words: the step where every greenlet waits, the ring of
 * greenlets waiting on each other ("a waits for knives, held by b; b waits for forks, held by
 * a: neither can go on"), the dead ends nobody can wake, and who waits behind them. Pure.
 */
import { BLOCK, EV, MAIN_GID } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import type { Obj } from "./facts";
import type { Lang } from "./lang";
import { callOn, listOf, nameOf } from "./object-words";
import { objOf } from "./step-context";
import { waitFor, type WaitForGraph, type Waiting } from "./wait-for";

export interface DeadlockReport {
  /** The step whose state shows the run stuck. */
  step: number;
  graph: WaitForGraph;
  sentences: string[];
}

const LOOK_BACK = 64;

/**
 * The step after which the run could not go on: for LoopExit, the state just before the hub
 * throws it into main; for a call blocked forever, the last step. Null when the run was not stuck.
 */
export function stuckStep(model: RunModel): number | null {
  const last = model.stepCount - 1;
  const error = model.stateAt(last).error;
  if (error?.name === "BlockedForeverError") return last;
  if (error?.name !== "LoopExit") return null;
  let at: number | undefined = model.stepCount;
  for (let n = 0; n < LOOK_BACK; n++) {
    at = model.prevStepOf(MAIN_GID, at);
    if (at === undefined) return null;
    const e = model.event(at);
    if (e.kind === EV.FAILED && e.error.startsWith("LoopExit")) {
      const thrown = model.prevSwitch(at);
      return thrown === undefined ? null : thrown - 1;
    }
  }
  return null;
}

const METHODS: Partial<Record<number, string>> = {
  [BLOCK.EVENT_WAIT]: "wait()",
  [BLOCK.QUEUE_GET]: "get()",
  [BLOCK.QUEUE_PUT]: "put()",
  [BLOCK.LOCK_ACQUIRE]: "acquire()",
  [BLOCK.RESULT_GET]: "get()",
  [BLOCK.QUEUE_JOIN]: "join()",
  [BLOCK.POOL_SLOT]: "spawn()",
  [BLOCK.WAIT_ANY]: "wait()",
};

/** "waits on q.get()" / "在 q.get() 上等待". */
function waitsOn(model: RunModel, w: Waiting, lang: Lang): string {
  const obj = objOf(model, w.object);
  if (w.joined < 0 && obj === null) {
    return lang === "en"
      ? "waits on several objects (joinall, wait)"
      : "同时等待多个对象（joinall、wait）";
  }
  const method = METHODS[w.reason];
  const on =
    w.joined >= 0
      ? `${model.label(w.joined)}.join()`
      : method === undefined
        ? nameOf(obj, lang)
        : callOn(obj, method, lang);
  return lang === "en" ? `waits on ${on}` : `在 ${on} 上等待`;
}

function toDo(obj: Obj | null, reason: number, lang: Lang): string {
  const o = nameOf(obj, lang);
  if (obj === null) return lang === "en" ? "wake it" : "唤醒它";
  const en: Partial<Record<number, string>> = {
    [BLOCK.EVENT_WAIT]: `set ${o}`,
    [BLOCK.RESULT_GET]: `set ${o}`,
    [BLOCK.QUEUE_GET]: `put into ${o}`,
    [BLOCK.QUEUE_PUT]: `take from ${o}`,
    [BLOCK.LOCK_ACQUIRE]: `release ${o}`,
    [BLOCK.POOL_SLOT]: `free a slot in ${o}`,
    [BLOCK.QUEUE_JOIN]: `finish the tasks of ${o}`,
  };
  const zh: Partial<Record<number, string>> = {
    [BLOCK.EVENT_WAIT]: `设置 ${o}`,
    [BLOCK.RESULT_GET]: `设置 ${o}`,
    [BLOCK.QUEUE_GET]: `往 ${o} 里放元素`,
    [BLOCK.QUEUE_PUT]: `从 ${o} 里取元素`,
    [BLOCK.LOCK_ACQUIRE]: `释放 ${o}`,
    [BLOCK.POOL_SLOT]: `腾出 ${o} 的槽位`,
    [BLOCK.QUEUE_JOIN]: `完成 ${o} 的任务`,
  };
  return (lang === "en" ? en : zh)[reason] ?? (lang === "en" ? "wake it" : "唤醒它");
}

function link(model: RunModel, w: Waiting, next: number, lang: Lang): string {
  const who = model.label(w.gid);
  const them = model.label(next);
  const obj = nameOf(objOf(model, w.object), lang);
  const en = lang === "en";
  switch (w.role) {
    case "holder":
      return en
        ? `${who} waits for ${obj}, held by ${them}`
        : `${who} 等待 ${obj}，它被 ${them} 持有`;
    case "joined":
      return en ? `${who} waits for ${them} to finish` : `${who} 等待 ${them} 结束`;
    case "member":
      return en
        ? `${who} waits for a slot in ${obj}, taken by ${them}`
        : `${who} 等待 ${obj} 的槽位，它被 ${them} 占着`;
    default:
      return en
        ? `${who} waits on ${obj}, which only ${them} could change`
        : `${who} 等待 ${obj}，只有 ${them} 能改变它`;
  }
}

function cycleSentence(model: RunModel, graph: WaitForGraph, lang: Lang): string {
  const ring = graph.cycle!;
  const byGid = new Map(graph.waiting.map((w) => [w.gid, w]));
  const links = ring.map((gid, i) =>
    link(model, byGid.get(gid)!, ring[(i + 1) % ring.length], lang),
  );
  const end =
    lang === "en"
      ? ring.length === 1
        ? "it can never go on"
        : ring.length === 2
          ? "neither can go on"
          : "none of them can go on"
      : ring.length === 1
        ? "它永远无法继续"
        : ring.length === 2
          ? "谁都无法继续"
          : "它们谁都无法继续";
  return lang === "en" ? `${links.join("; ")}: ${end}.` : `${links.join("；")}：${end}。`;
}

function waitingSentence(model: RunModel, w: Waiting, dead: boolean, lang: Lang): string {
  const who = model.label(w.gid);
  const on = waitsOn(model, w, lang);
  if (dead) {
    const verb = toDo(objOf(model, w.object), w.reason, lang);
    return lang === "en"
      ? `${who} ${on}, and no greenlet that could still run is left to ${verb}: it waits forever.`
      : `${who} ${on}，而已经没有还能运行的 greenlet 来${verb}：它会永远等下去。`;
  }
  const wakers = listOf(
    w.wakers.map((gid) => model.label(gid)),
    lang,
  );
  if (lang === "en") {
    const stuck = w.wakers.length === 1 ? "it is stuck too" : "they are stuck too";
    return `${who} ${on}; only ${wakers} could wake it, and ${stuck}.`;
  }
  return `${who} ${on}；只有 ${wakers} 能唤醒它，而${w.wakers.length === 1 ? "它" : "它们"}也卡住了。`;
}

/** The sentences that explain a stuck state: the ring first, then the dead ends, then the rest. */
export function explainWaitFor(model: RunModel, graph: WaitForGraph, lang: Lang): string[] {
  const sentences: string[] = [];
  const inRing = new Set(graph.cycle ?? []);
  if (graph.cycle !== null) sentences.push(cycleSentence(model, graph, lang));
  const dead = new Set(graph.deadEnds);
  for (const w of graph.waiting) {
    if (inRing.has(w.gid) || w.role === "clock") continue;
    sentences.push(waitingSentence(model, w, dead.has(w.gid), lang));
  }
  return sentences;
}

/** Why the run got stuck, in `lang`, or null when it did not. */
export function deadlockReport(model: RunModel, lang: Lang): DeadlockReport | null {
  const step = stuckStep(model);
  if (step === null) return null;
  const graph = waitFor(model, step);
  const sentences = explainWaitFor(model, graph, lang);
  const held = model.stateAt(step).running;
  const error = model.stateAt(model.stepCount - 1).error;
  if (error?.name === "BlockedForeverError" && held >= 0) {
    const who = model.label(held);
    sentences.unshift(
      lang === "en"
        ? `${who} is in an unpatched call that can never complete: it holds the hub, so nothing else can run.`
        : `${who} 处在一个永远无法完成、又没有打补丁的调用里：它占住 hub，别的都不能运行。`,
    );
  }
  return { step, graph, sentences };
}
