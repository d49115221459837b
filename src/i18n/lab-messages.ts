/** The scheduler lab's texts, in English and Simplified Chinese (apart from messages.ts, whose
 * interface other views extend). */
import type { Locale } from "./messages";

export interface LabMessages {
  title: string;
  policy: string;
  policyGevent: string;
  policyRandom: string;
  seed: string;
  threads: string;
  runLab: string;
  beHub: string;
  leaveHub: string;
  yourTurn: (p: { n: number }) => string;
  runEnded: string;
  replayed: (p: { ms: number }) => string;
  /** A choice made in the paused run's own worker (no replay), and how long it took. */
  wentOn: (p: { ms: number }) => string;
  branches: string;
  branch: (p: { id: number }) => string;
  forkedFrom: (p: { id: number; at: number }) => string;
  choicesMade: string;
  choiceChip: (p: { n: number; who: string }) => string;
  goal: string;
  noGoal: string;
  goalDeadlock: string;
  goalInside: (p: { from: number; to: number }) => string;
  goalFinish: string;
  goalEmpty3: string;
  insideFrom: string;
  insideTo: string;
  goalReached: (p: { step: number; time: string }) => string;
  goalNotYet: string;
  showStep: string;
  pin: string;
  unpin: string;
  pinnedAgainst: (p: { a: string; b: string }) => string;
  elapsed: string;
  switches: string;
  inFlight: string;
  waiting: string;
  preemptions: string;
  firstDifference: string;
  sameSteps: string;
  outputDifferences: string;
  noOutputDifference: string;
  outputLine: (p: { n: number }) => string;
  noLine: string;
  pinned: string;
  thisRun: string;
  /** Above the stacked timelines: the pinned run's, then the run shown's. */
  stackPinned: (p: { label: string }) => string;
  stackThisRun: (p: { label: string }) => string;
  /** The Inspector at a choice point: its heading, the chosen mark, gevent's own pick. */
  inspectorChoice: (p: { n: number }) => string;
  inspectorPreemption: (p: { n: number }) => string;
  chosen: string;
  geventPick: string;
  openHere: string;
  seconds: (x: number) => string;
}

/** Seconds to the millisecond, a whole number with its tenth ("1.0"), as the lessons print. */
const round = (x: number) => {
  const r = Math.round(x * 1000) / 1000;
  return Number.isInteger(r) ? r.toFixed(1) : String(r);
};

const en: LabMessages = {
  title: "Scheduler lab",
  policy: "Policy",
  policyGevent: "gevent's order",
  policyRandom: "Seeded random",
  seed: "Seed",
  threads: "Threads mode (preemption)",
  runLab: "Run with this policy",
  beHub: "Be the hub",
  leaveHub: "Leave the hub",
  yourTurn: ({ n }) => `Choice point ${n}: choose who runs next (keys 1–9).`,
  runEnded: "No choice is left: the run has ended.",
  replayed: ({ ms }) => `replayed in ${ms} ms`,
  wentOn: ({ ms }) => `went on from the paused run in ${ms} ms`,
  branches: "Branches",
  branch: ({ id }) => `Branch ${id}`,
  forkedFrom: ({ id, at }) => `from branch ${id} at choice ${at + 1}`,
  choicesMade: "Choices so far (click one to go back there and choose differently):",
  choiceChip: ({ n, who }) => `${n}: ${who}`,
  goal: "Goal",
  noGoal: "none",
  goalDeadlock: "Reach a deadlock",
  goalInside: ({ from, to }) => `Two greenlets inside lines ${from}–${to} at once`,
  goalFinish: "Finish in under 2 virtual seconds",
  goalEmpty3: "A getter finds a queue empty three times",
  insideFrom: "from line",
  insideTo: "to line",
  goalReached: ({ step, time }) => `Goal reached at step ${step} (${time}).`,
  goalNotYet: "Goal not reached yet.",
  showStep: "Show that step",
  pin: "Pin this run",
  unpin: "Unpin",
  pinnedAgainst: ({ a, b }) => `Pinned run (${a}) against this run (${b})`,
  elapsed: "Elapsed (virtual)",
  switches: "Switches",
  inFlight: "Most greenlets in flight at once",
  waiting: "Most greenlets waiting at once",
  preemptions: "Preemptions",
  firstDifference: "First differing step",
  sameSteps: "none: the same steps",
  outputDifferences: "Output lines that differ",
  noOutputDifference: "none",
  outputLine: ({ n }) => `line ${n}`,
  noLine: "(no line)",
  pinned: "pinned",
  thisRun: "this run",
  stackPinned: ({ label }) => `Pinned (${label})`,
  stackThisRun: ({ label }) => `This run (${label})`,
  inspectorChoice: ({ n }) => `Choice point ${n}`,
  inspectorPreemption: ({ n }) => `Preemption point (choice point ${n})`,
  chosen: "chosen",
  geventPick: "gevent's pick",
  openHere: "The run waits here for your choice (Scheduler lab).",
  seconds: (x) => `${round(x)} s`,
};

const zhCN: LabMessages = {
  title: "调度实验室",
  policy: "调度策略",
  policyGevent: "gevent 的顺序",
  policyRandom: "带种子的随机",
  seed: "种子",
  threads: "线程模式（抢占）",
  runLab: "按此策略运行",
  beHub: "亲自当 hub",
  leaveHub: "退出 hub 模式",
  yourTurn: ({ n }) => `选择点 ${n}：选出接下来运行的一方（按键 1–9）。`,
  runEnded: "没有可选的了：运行已经结束。",
  replayed: ({ ms }) => `重放用时 ${ms} 毫秒`,
  wentOn: ({ ms }) => `从暂停处继续，用时 ${ms} 毫秒`,
  branches: "分支",
  branch: ({ id }) => `分支 ${id}`,
  forkedFrom: ({ id, at }) => `从分支 ${id} 的第 ${at + 1} 个选择分出`,
  choicesMade: "已做的选择（点一个回到那里，换个选择）：",
  choiceChip: ({ n, who }) => `${n}：${who}`,
  goal: "目标",
  noGoal: "无",
  goalDeadlock: "造成死锁",
  goalInside: ({ from, to }) => `两个 greenlet 同时处在第 ${from}–${to} 行`,
  goalFinish: "在 2 虚拟秒内结束",
  goalEmpty3: "取元素的一方三次发现队列为空",
  insideFrom: "起始行",
  insideTo: "结束行",
  goalReached: ({ step, time }) => `在第 ${step} 步（${time}）达成目标。`,
  goalNotYet: "尚未达成目标。",
  showStep: "查看这一步",
  pin: "固定这次运行",
  unpin: "取消固定",
  pinnedAgainst: ({ a, b }) => `固定的运行（${a}）对比本次运行（${b}）`,
  elapsed: "用时（虚拟）",
  switches: "切换次数",
  inFlight: "同时进行中的 greenlet 最多",
  waiting: "同时等待的 greenlet 最多",
  preemptions: "抢占次数",
  firstDifference: "第一个不同的步骤",
  sameSteps: "无：步骤完全相同",
  outputDifferences: "不同的输出行",
  noOutputDifference: "无",
  outputLine: ({ n }) => `第 ${n} 行`,
  noLine: "（无此行）",
  pinned: "固定的",
  thisRun: "本次",
  stackPinned: ({ label }) => `固定的运行（${label}）`,
  stackThisRun: ({ label }) => `本次运行（${label}）`,
  inspectorChoice: ({ n }) => `选择点 ${n}`,
  inspectorPreemption: ({ n }) => `抢占点（选择点 ${n}）`,
  chosen: "已选",
  geventPick: "gevent 的选择",
  openHere: "运行停在这里，等你选择（调度实验室）。",
  seconds: (x) => `${round(x)} 秒`,
};

export function labMessagesFor(locale: Locale): LabMessages {
  return locale === "zh-CN" ? zhCN : en;
}
