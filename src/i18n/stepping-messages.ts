/**
 * The strings of stepping through a run (the step bar, the inspector, the event table, the
 * editor's marks, the wait-for diagram), in English and Simplified Chinese: `messages.ts` holds
 * them as `stepping`. The facts they put into words come from src/trace/stepping, by key.
 */
import { eventEn, eventZhCN, type EventWords } from "./event-messages";

/** A greenlet's status, as the run model names it. */
export type StatusKey =
  | "unstarted"
  | "ready"
  | "running"
  | "blocked"
  | "holding"
  | "waiting"
  | "finished"
  | "failed"
  | "killed"
  | "abandoned";

export interface SteppingMessages {
  controls: string;
  first: string;
  previousSwitch: string;
  previous: string;
  next: string;
  nextSwitch: string;
  last: string;
  play: string;
  pause: string;
  speed: string;
  speedName: (speed: number | "real-time") => string;
  scrubber: string;
  stepOf: (p: { n: number; count: number }) => string;
  noSteps: string;
  virtualTime: (p: { seconds: string }) => string;
  /** The live region that reads out the step's sentence. */
  caption: string;
  tabs: string;
  inspector: string;
  events: string;
  greenlets: string;
  objects: string;
  readyQueue: string;
  readyEmpty: string;
  timers: string;
  timerDue: (p: { due: string }) => string;
  nothingYet: string;
  status: (status: StatusKey) => string;
  reason: (reason: string) => string;
  objectKind: (type: string) => string;
  onObject: (p: { object: string }) => string;
  line: (p: { line: number }) => string;
  parent: (p: { parent: string }) => string;
  value: string;
  exception: string;
  changed: string;
  items: string;
  empty: string;
  maxsize: (p: { limit: number | null }) => string;
  flag: (set: boolean) => string;
  counter: (p: { value: number; bound: number | null }) => string;
  holder: string;
  noHolder: string;
  slots: (p: { used: number; size: number | null }) => string;
  members: string;
  waiters: string;
  noWaiters: string;
  socketState: (state: number) => string;
  localEntries: string;
  /** The hover on a greenlet's mark in the editor. */
  markHover: (p: { greenlet: string; state: string }) => string;
  tableLabel: string;
  columnStep: string;
  columnTime: string;
  columnGreenlet: string;
  columnWhat: string;
  /** The wait-for diagram at the end of a run that ended blocked. */
  waitForTitle: string;
  waitsOn: string;
  heldBy: string;
  canWake: string;
  cycle: string;
  shortcutStep: string;
  shortcutSwitch: string;
  shortcutEnds: string;
  shortcutPlay: string;
  shortcutGreenletSteps: string;
  shortcutPage: string;
  shortcutInEditor: string;
  event: EventWords;
}

const STATUS_EN: Record<StatusKey, string> = {
  unstarted: "not started",
  ready: "ready",
  running: "running",
  blocked: "blocked",
  holding: "holding the hub",
  waiting: "waiting",
  finished: "finished",
  failed: "failed",
  killed: "killed",
  abandoned: "abandoned",
};

const STATUS_ZH: Record<StatusKey, string> = {
  unstarted: "未启动",
  ready: "就绪",
  running: "运行中",
  blocked: "阻塞",
  holding: "占住 hub",
  waiting: "等待中",
  finished: "已结束",
  failed: "已失败",
  killed: "已被杀死",
  abandoned: "被遗弃",
};

const REASON_EN: Record<string, string> = {
  sleep: "sleep",
  join: "join",
  event_wait: "event wait",
  queue_get: "queue get",
  queue_put: "queue put",
  lock_acquire: "acquire",
  pool_slot: "pool slot",
  raw_switch: "switched away",
  socket: "socket",
  result_get: "result get",
  queue_join: "queue join",
  wait_any: "wait",
  idle: "idle",
  hub: "hub",
  yield: "sleep(0)",
};

const REASON_ZH: Record<string, string> = {
  sleep: "睡眠",
  join: "join 等待",
  event_wait: "等待事件",
  queue_get: "从队列取",
  queue_put: "向队列放",
  lock_acquire: "获取锁",
  pool_slot: "等池的空位",
  raw_switch: "已切走",
  socket: "套接字",
  result_get: "等待结果",
  queue_join: "队列 join",
  wait_any: "等待",
  idle: "空闲",
  hub: "hub",
  yield: "sleep(0)",
};

const KIND_EN: Record<string, string> = {
  timer: "timer",
  event: "event",
  async_result: "async result",
  queue: "queue",
  semaphore: "semaphore",
  lock: "lock",
  rlock: "re-entrant lock",
  group: "group",
  pool: "pool",
  local: "local",
  socket: "socket",
  timeout: "timeout",
  joinable_queue: "joinable queue",
  lifo_queue: "LIFO queue",
  priority_queue: "priority queue",
  bounded_semaphore: "bounded semaphore",
};

const KIND_ZH: Record<string, string> = {
  timer: "定时器",
  event: "事件",
  async_result: "异步结果",
  queue: "队列",
  semaphore: "信号量",
  lock: "锁",
  rlock: "可重入锁",
  group: "组",
  pool: "池",
  local: "local 对象",
  socket: "套接字",
  timeout: "超时",
  joinable_queue: "可 join 的队列",
  lifo_queue: "后进先出队列",
  priority_queue: "优先队列",
  bounded_semaphore: "有界信号量",
};

const SOCKET_EN = [
  "created",
  "bound",
  "listening",
  "connecting",
  "connected",
  "peer closed",
  "closed",
];
const SOCKET_ZH = ["已创建", "已绑定", "监听中", "连接中", "已连接", "对端已关闭", "已关闭"];

export const steppingEn: SteppingMessages = {
  controls: "Step controls",
  first: "First step",
  previousSwitch: "Previous switch",
  previous: "Previous step",
  next: "Next step",
  nextSwitch: "Next switch",
  last: "Last step",
  play: "Play",
  pause: "Pause",
  speed: "Speed",
  speedName: (speed) =>
    speed === "real-time" ? "real time" : `${speed} step${speed === 1 ? "" : "s"}/s`,
  scrubber: "Step",
  stepOf: ({ n, count }) => `step ${n} of ${count}`,
  noSteps: "Run the program to step through it.",
  virtualTime: ({ seconds }) => `virtual time ${seconds}`,
  caption: "Step",
  tabs: "Run views",
  inspector: "Inspector",
  events: "Events",
  greenlets: "Greenlets",
  objects: "Objects",
  readyQueue: "Hub's ready queue",
  readyEmpty: "nobody is ready",
  timers: "Pending timers",
  timerDue: ({ due }) => `due at ${due}`,
  nothingYet: "Run the program, then step through it: every greenlet and object shows here.",
  status: (status) => STATUS_EN[status],
  reason: (reason) => REASON_EN[reason] ?? reason,
  objectKind: (type) => KIND_EN[type] ?? "object",
  onObject: ({ object }) => `on ${object}`,
  line: ({ line }) => `line ${line}`,
  parent: ({ parent }) => `parent ${parent}`,
  value: "value",
  exception: "exception",
  changed: "changed at this step",
  items: "items",
  empty: "empty",
  maxsize: ({ limit }) => (limit === null ? "maxsize none" : `maxsize ${limit}`),
  flag: (set) => (set ? "flag set" : "flag not set"),
  counter: ({ value, bound }) => `counter ${value}` + (bound === null ? "" : ` of ${bound}`),
  holder: "held by",
  noHolder: "free",
  slots: ({ used, size }) => `${used} of ${size ?? "∞"} slots used`,
  members: "members",
  waiters: "waiters, in wake order",
  noWaiters: "no waiters",
  socketState: (state) => SOCKET_EN[state] ?? String(state),
  localEntries: "values",
  markHover: ({ greenlet, state }) => `${greenlet}: ${state}`,
  tableLabel: "Event table: one row per step",
  columnStep: "Step",
  columnTime: "Time",
  columnGreenlet: "Greenlet",
  columnWhat: "What happened",
  waitForTitle: "Who waits on whom",
  waitsOn: "waits on",
  heldBy: "held by",
  canWake: "can wake",
  cycle: "Waiting on each other:",
  shortcutStep: "Previous / next step",
  shortcutSwitch: "Previous / next switch",
  shortcutEnds: "First / last step",
  shortcutPlay: "Play / pause",
  shortcutGreenletSteps: "Previous / next step of the selected greenlet",
  shortcutPage: "Previous / next switch (presentation remotes)",
  shortcutInEditor: "Previous / next step, also inside the editor",
  event: eventEn,
};

export const steppingZhCN: SteppingMessages = {
  controls: "单步控制",
  first: "第一步",
  previousSwitch: "上一次切换",
  previous: "上一步",
  next: "下一步",
  nextSwitch: "下一次切换",
  last: "最后一步",
  play: "播放",
  pause: "暂停",
  speed: "速度",
  speedName: (speed) => (speed === "real-time" ? "实时" : `每秒 ${speed} 步`),
  scrubber: "步骤",
  stepOf: ({ n, count }) => `第 ${n} 步，共 ${count} 步`,
  noSteps: "运行程序之后即可逐步查看。",
  virtualTime: ({ seconds }) => `虚拟时间 ${seconds}`,
  caption: "步骤",
  tabs: "运行视图",
  inspector: "检查器",
  events: "事件表",
  greenlets: "Greenlet",
  objects: "对象",
  readyQueue: "hub 的就绪队列",
  readyEmpty: "没有就绪的 greenlet",
  timers: "待触发的定时器",
  timerDue: ({ due }) => `在 ${due} 到期`,
  nothingYet: "运行程序，然后逐步查看：每个 greenlet 和对象都会显示在这里。",
  status: (status) => STATUS_ZH[status],
  reason: (reason) => REASON_ZH[reason] ?? reason,
  objectKind: (type) => KIND_ZH[type] ?? "对象",
  onObject: ({ object }) => `在 ${object} 上`,
  line: ({ line }) => `第 ${line} 行`,
  parent: ({ parent }) => `parent：${parent}`,
  value: "返回值",
  exception: "异常",
  changed: "本步有变化",
  items: "元素",
  empty: "空",
  maxsize: ({ limit }) => (limit === null ? "无容量上限" : `容量上限 ${limit}`),
  flag: (set) => (set ? "标志已设置" : "标志未设置"),
  counter: ({ value, bound }) => `计数 ${value}` + (bound === null ? "" : ` / ${bound}`),
  holder: "持有者",
  noHolder: "空闲",
  slots: ({ used, size }) => `已用 ${used} / ${size ?? "∞"} 个位置`,
  members: "成员",
  waiters: "等待者（按唤醒顺序）",
  noWaiters: "没有等待者",
  socketState: (state) => SOCKET_ZH[state] ?? String(state),
  localEntries: "各 greenlet 的值",
  markHover: ({ greenlet, state }) => `${greenlet}：${state}`,
  tableLabel: "事件表：每一步一行",
  columnStep: "步",
  columnTime: "时间",
  columnGreenlet: "Greenlet",
  columnWhat: "发生了什么",
  waitForTitle: "谁在等谁",
  waitsOn: "等待",
  heldBy: "被持有于",
  canWake: "可唤醒",
  cycle: "互相等待：",
  shortcutStep: "上一步 / 下一步",
  shortcutSwitch: "上一次 / 下一次切换",
  shortcutEnds: "第一步 / 最后一步",
  shortcutPlay: "播放 / 暂停",
  shortcutGreenletSteps: "选中的 greenlet 的上一步 / 下一步",
  shortcutPage: "上一次 / 下一次切换（翻页笔）",
  shortcutInEditor: "上一步 / 下一步，在编辑器里也可用",
  event: eventZhCN,
};
