/**
 * The timeline's strings (toolbar, legend, tooltip, statuses and reasons), in English and
 * Simplified Chinese. The program's own words (`q.get()`, `sleep(2)`) are never translated.
 */
import type { Locale } from "./messages";

export type StatusWord =
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

export type ReasonWord =
  | "sleep"
  | "join"
  | "event"
  | "queue-get"
  | "queue-put"
  | "lock"
  | "pool"
  | "switch"
  | "socket"
  | "result"
  | "queue-join"
  | "wait"
  | "idle"
  | "hub"
  | "yield";

export type MarkWord =
  | "output"
  | "timer"
  | "timer-fired"
  | "error"
  | "kill"
  | "warning"
  | "caught"
  | "preempted"
  | "choice";

export interface TimelineMessages {
  region: string;
  canvasLabel: string;
  /** What the canvas shows and which keys work on it, for screen readers. */
  canvasHelp: string;
  lanes: string;
  empty: string;
  axis: string;
  axisTime: string;
  axisSteps: string;
  hubView: string;
  hubViewHelp: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  exportPng: string;
  exportSvg: string;
  exportTrace: string;
  exportTraceShort: string;
  legend: string;
  status: Record<StatusWord, string>;
  reason: Record<ReasonWord, string>;
  mark: Record<MarkWord, string>;
  arrowSwitch: string;
  arrowWake: string;
  arrowSpawn: string;
  /** A switch forced at a preemption point (threads mode). */
  arrowPreempt: string;
  /** The legend's marks: a preemption's, a choice point's. */
  markPreempted: string;
  markChoice: string;
  /** A choice point's tooltip: its candidates, the one chosen, or that it waits for the learner. */
  tipChoice: (p: { n: number }) => string;
  tipChosen: string;
  tipChoiceOpen: string;
  /** The lanes highlighted for the greenlet or object selected, and the candidates of a choice. */
  highlightSelected: string;
  highlightCandidates: string;
  /** The `?` dialog's line for the lane keys. */
  shortcutLanes: string;
  tipStep: (p: { from: number; to: number }) => string;
  tipTime: (p: { from: string; to: string }) => string;
  tipLine: (p: { line: number }) => string;
  tipCursor: (p: { step: number }) => string;
  thinned: string;
}

const en: TimelineMessages = {
  region: "Timeline",
  canvasLabel: "Timeline of the run: one lane per greenlet",
  canvasHelp:
    "W and S zoom, A and D pan, 0 fits the run, left and right arrows move the cursor by one " +
    "step, up and down arrows select the lane above or below, Escape clears the selection, " +
    "Home and End go to the first and last step. Click a lane to move the cursor there and " +
    "select its greenlet, or its label to select it.",
  lanes: "Lanes",
  empty:
    "Run the program to see its timeline: one lane per greenlet and the switches between them.",
  axis: "Axis",
  axisTime: "Time",
  axisSteps: "Steps",
  hubView: "Hub lane",
  hubViewHelp: "Show the hub: every switch passes through it, as in gevent",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomFit: "Fit",
  exportPng: "PNG",
  exportSvg: "SVG",
  exportTrace: "Export the whole run as a trace (Chrome trace JSON, opens in Perfetto)",
  exportTraceShort: "Trace",
  legend: "Legend",
  status: {
    unstarted: "not started",
    ready: "ready (in the hub's queue)",
    running: "running",
    blocked: "blocked",
    holding: "holding the hub (blocking call)",
    waiting: "hub waiting",
    finished: "finished",
    failed: "failed",
    killed: "killed",
    abandoned: "abandoned",
  },
  reason: {
    sleep: "sleeping",
    join: "joining a greenlet",
    event: "waiting for an event",
    "queue-get": "queue empty",
    "queue-put": "queue full",
    lock: "waiting for a lock",
    pool: "waiting for a pool slot",
    switch: "switched away",
    socket: "waiting on a socket",
    result: "waiting for a result",
    "queue-join": "waiting for the queue's tasks",
    wait: "waiting for several",
    idle: "idle",
    hub: "in the hub",
    yield: "yielding (sleep(0))",
  },
  mark: {
    output: "output",
    timer: "timer scheduled",
    "timer-fired": "timer fired",
    error: "error",
    kill: "kill",
    warning: "warning",
    caught: "caught by the error",
    preempted: "preempted",
    choice: "choice point",
  },
  arrowSwitch: "switch",
  arrowWake: "wake-up",
  arrowSpawn: "spawn",
  arrowPreempt: "preempted: switched away at a preemption point (threads mode)",
  markPreempted: "preempted (threads mode)",
  markChoice: "choice point: more than one could run",
  tipChoice: ({ n }) => `Choice point: ${n} could run`,
  tipChosen: "chosen",
  tipChoiceOpen: "Open: the hub's choice is yours",
  highlightSelected: "Selected",
  highlightCandidates: "Could run next",
  shortcutLanes: "Timeline focused: select the lane above / below (Esc clears)",
  tipStep: ({ from, to }) => (from === to ? `step ${from}` : `steps ${from}–${to}`),
  tipTime: ({ from, to }) => (from === to ? `at ${from}` : `${from} – ${to}`),
  tipLine: ({ line }) => `line ${line}`,
  tipCursor: ({ step }) => `click: cursor to step ${step}`,
  thinned: "Zoom in to see every arrow",
};

const zhCN: TimelineMessages = {
  region: "时间线",
  canvasLabel: "本次运行的时间线：每个 greenlet 一条泳道",
  canvasHelp:
    "W 和 S 缩放，A 和 D 平移，0 显示整个运行，左右方向键把光标移动一步，上下方向键选中上一条或下一条泳道，" +
    "Esc 取消选中，Home 和 End 到第一步和最后一步。点击泳道可把光标移到那里并选中它的 greenlet，" +
    "点击泳道名称可选中它。",
  lanes: "泳道",
  empty: "运行程序后这里显示时间线：每个 greenlet 一条泳道，以及它们之间的切换。",
  axis: "横轴",
  axisTime: "时间",
  axisSteps: "步骤",
  hubView: "Hub 泳道",
  hubViewHelp: "显示 hub：和 gevent 一样，每次切换都经过它",
  zoomIn: "放大",
  zoomOut: "缩小",
  zoomFit: "适应",
  exportPng: "PNG 图片",
  exportSvg: "SVG 图片",
  exportTrace: "把整个运行导出为跟踪文件（Chrome trace JSON，可在 Perfetto 中打开）",
  exportTraceShort: "导出 trace",
  legend: "图例",
  status: {
    unstarted: "尚未开始",
    ready: "就绪（在 hub 的队列中）",
    running: "运行中",
    blocked: "阻塞",
    holding: "占住 hub（阻塞调用）",
    waiting: "hub 等待中",
    finished: "已结束",
    failed: "失败",
    killed: "被终止",
    abandoned: "被遗弃",
  },
  reason: {
    sleep: "睡眠",
    join: "等待 greenlet 结束",
    event: "等待事件",
    "queue-get": "队列为空",
    "queue-put": "队列已满",
    lock: "等待锁",
    pool: "等待池中空位",
    switch: "已切换走",
    socket: "等待套接字",
    result: "等待结果",
    "queue-join": "等待队列任务完成",
    wait: "等待多个对象",
    idle: "空闲",
    hub: "在 hub 中",
    yield: "让出（sleep(0)）",
  },
  mark: {
    output: "输出",
    timer: "定时器已安排",
    "timer-fired": "定时器触发",
    error: "错误",
    kill: "终止",
    warning: "警告",
    caught: "被该错误波及",
    preempted: "被抢占",
    choice: "选择点",
  },
  arrowSwitch: "切换",
  arrowWake: "唤醒",
  arrowSpawn: "创建",
  arrowPreempt: "被抢占：在抢占点被切换走（线程模式）",
  markPreempted: "被抢占（线程模式）",
  markChoice: "选择点：不止一个可以运行",
  tipChoice: ({ n }) => `选择点：${n} 个可以运行`,
  tipChosen: "被选中",
  tipChoiceOpen: "待定：由你来做 hub 的选择",
  highlightSelected: "已选中",
  highlightCandidates: "下一个可能运行",
  shortcutLanes: "时间线有焦点时：选中上一条 / 下一条泳道（Esc 取消选中）",
  tipStep: ({ from, to }) => (from === to ? `第 ${from} 步` : `第 ${from}–${to} 步`),
  tipTime: ({ from, to }) => (from === to ? `时刻 ${from}` : `${from} – ${to}`),
  tipLine: ({ line }) => `第 ${line} 行`,
  tipCursor: ({ step }) => `点击：光标移到第 ${step} 步`,
  thinned: "放大可看到每一个箭头",
};

const CATALOG: Record<Locale, TimelineMessages> = { en, "zh-CN": zhCN };

export function timelineMessagesFor(locale: Locale): TimelineMessages {
  return CATALOG[locale];
}
