/**
 * Every text a learner sees, in English and Simplified Chinese. Components take their strings
 * from here, never inline, so the language switch changes all of them.
 */
import { programEn, programZhCN, type ProgramMessages } from "./program-messages";
import { steppingEn, steppingZhCN, type SteppingMessages } from "./stepping-messages";

export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

export interface Messages {
  appTitle: string;
  run: string;
  stop: string;
  output: string;
  clearOutput: string;
  editorLabel: string;
  editorLoading: string;
  running: string;
  noOutputYet: string;
  compileError: (p: { line: number; column: number; message: string }) => string;
  uncaughtError: (p: { name: string; message: string; line: number }) => string;
  finished: (p: { elapsed: number; events: number }) => string;
  stoppedByUser: string;
  /** The watchdog ended a run that stopped reporting progress (a loop that never yields). */
  stalled: (p: { seconds: number; greenlet: string | null; line: number | null }) => string;
  runnerCrashed: (p: { message: string }) => string;
  // The app shell: header, lessons, console, timeline region, keyboard help.
  lessons: string;
  closeLessons: string;
  language: string;
  theme: string;
  switchTheme: (theme: "light" | "dark") => string;
  presentation: string;
  presentationShort: string;
  keyboardShortcuts: string;
  shortcutRun: string;
  shortcutStop: string;
  shortcutHelp: string;
  shortcutNextProblem: string;
  close: string;
  lessonText: string;
  chooseLesson: string;
  lessonMissing: (p: { id: string }) => string;
  lessonNumber: (p: { n: number }) => string;
  originalPython: string;
  exercise: string;
  hint: string;
  exercisePassed: string;
  exerciseNotYet: string;
  exerciseRunToCheck: string;
  exerciseShort: (p: { passed: boolean }) => string;
  progress: (p: { virtualTime: string; events: number }) => string;
  stderrMark: string;
  earlierLinesHidden: (p: { count: number }) => string;
  runLimit: (p: {
    limit: "virtual-time" | "events" | "cpu-loop" | "blocked-forever";
    detail: string;
  }) => string;
  timeline: string;
  timelineExplain: string;
  /** The program's controls and notices: share, reset, download, upload, saving. */
  program: ProgramMessages;
  /** Stepping through a run: the step bar, inspector, event table, editor marks. */
  stepping: SteppingMessages;
}

const en: Messages = {
  appTitle: "Greenlet playground",
  run: "Run",
  stop: "Stop",
  output: "Output",
  clearOutput: "Clear output",
  editorLabel: "Program",
  editorLoading: "Loading the editor…",
  running: "Running…",
  noOutputYet: "Press Run to see the program's output here.",
  compileError: ({ line, column, message }) =>
    `Syntax error at line ${line}, column ${column}: ${message}`,
  uncaughtError: ({ name, message, line }) =>
    `${name}: ${message}` + (line > 0 ? ` (line ${line})` : ""),
  finished: ({ elapsed, events }) =>
    `Finished after ${elapsed} virtual seconds, ${events} trace events.`,
  stoppedByUser: "Stopped.",
  stalled: ({ seconds, greenlet, line }) =>
    `Stopped: nothing switched for ${seconds} s. ` +
    (greenlet ? `Greenlet ${greenlet} was running` : "The program was running") +
    (line ? `, last seen at line ${line}` : "") +
    ". Code that never reaches a `yield*` (an endless loop, a very slow computation) blocks " +
    "every other greenlet.",
  runnerCrashed: ({ message }) => `The runner failed: ${message}`,
  lessons: "Lessons",
  closeLessons: "Close the lesson list",
  language: "Language",
  theme: "Theme",
  switchTheme: (theme) => `Switch to the ${theme === "dark" ? "dark" : "light"} theme`,
  presentation: "Presentation mode",
  presentationShort: "Large text",
  keyboardShortcuts: "Keyboard shortcuts",
  shortcutRun: "Run the program",
  shortcutStop: "Stop the run",
  shortcutHelp: "Show this list",
  shortcutNextProblem: "Go to the next problem in the editor",
  close: "Close",
  lessonText: "Lesson",
  chooseLesson: "Choose a lesson from the list.",
  lessonMissing: ({ id }) => `There is no lesson “${id}”. Choose one from the list.`,
  lessonNumber: ({ n }) => `Lesson ${n}`,
  originalPython: "The original Python program",
  exercise: "Exercise",
  hint: "Hint",
  exercisePassed: "Done! Your last run passes the exercise.",
  exerciseNotYet: "Not yet:",
  exerciseRunToCheck: "Change the program and run it: the exercise is checked after each run.",
  exerciseShort: ({ passed }) =>
    passed ? "Exercise done." : "Exercise not done yet: see the lesson for why.",
  progress: ({ virtualTime, events }) =>
    `Running… virtual time ${virtualTime} s, ${events.toLocaleString("en")} events`,
  stderrMark: "error output",
  earlierLinesHidden: ({ count }) => `${count.toLocaleString("en")} earlier lines are not shown.`,
  runLimit: ({ limit, detail }) =>
    `${
      {
        "virtual-time": "Stopped at the virtual time limit",
        events: "Stopped at the trace event limit",
        "cpu-loop": "Stopped: a greenlet never yielded",
        "blocked-forever": "Stopped: a call would block forever",
      }[limit]
    }. ${detail}. The output and trace so far are kept.`,
  timeline: "Timeline",
  timelineExplain:
    "After a run, its timeline goes here: one lane per greenlet, the switches between them, " +
    "and a step-by-step replay.",
  program: programEn,
  stepping: steppingEn,
};

const zhCN: Messages = {
  appTitle: "Greenlet 练习场",
  run: "运行",
  stop: "停止",
  output: "输出",
  clearOutput: "清空输出",
  editorLabel: "程序",
  editorLoading: "正在加载编辑器…",
  running: "运行中…",
  noOutputYet: "点击“运行”，程序的输出会显示在这里。",
  compileError: ({ line, column, message }) => `语法错误，第 ${line} 行第 ${column} 列：${message}`,
  uncaughtError: ({ name, message, line }) =>
    `${name}: ${message}` + (line > 0 ? `（第 ${line} 行）` : ""),
  finished: ({ elapsed, events }) => `运行结束：虚拟时间 ${elapsed} 秒，共 ${events} 个跟踪事件。`,
  stoppedByUser: "已停止。",
  stalled: ({ seconds, greenlet, line }) =>
    `已停止：${seconds} 秒内没有发生任何切换。` +
    (greenlet ? `当时在运行的是 greenlet ${greenlet}` : "程序一直在运行") +
    (line ? `，最后出现在第 ${line} 行` : "") +
    "。到不了 `yield*` 的代码（死循环、极慢的计算）会挡住所有其他 greenlet。",
  runnerCrashed: ({ message }) => `运行器出错：${message}`,
  lessons: "课程",
  closeLessons: "关闭课程列表",
  language: "语言",
  theme: "主题",
  switchTheme: (theme) => `切换到${theme === "dark" ? "深色" : "浅色"}主题`,
  presentation: "演示模式",
  presentationShort: "大字号",
  keyboardShortcuts: "键盘快捷键",
  shortcutRun: "运行程序",
  shortcutStop: "停止运行",
  shortcutHelp: "显示这份列表",
  shortcutNextProblem: "跳到编辑器中的下一个问题",
  close: "关闭",
  lessonText: "课文",
  chooseLesson: "请从列表中选择一课。",
  lessonMissing: ({ id }) => `没有名为“${id}”的课程，请从列表中选择一课。`,
  lessonNumber: ({ n }) => `第 ${n} 课`,
  originalPython: "对应的 Python 原程序",
  exercise: "练习",
  hint: "提示",
  exercisePassed: "完成！上一次运行通过了练习。",
  exerciseNotYet: "还没有完成：",
  exerciseRunToCheck: "修改程序并运行：每次运行后都会检查练习。",
  exerciseShort: ({ passed }) => (passed ? "练习已完成。" : "练习尚未完成：原因见课文。"),
  progress: ({ virtualTime, events }) =>
    `运行中… 虚拟时间 ${virtualTime} 秒，${events.toLocaleString("zh-CN")} 个事件`,
  stderrMark: "错误输出",
  earlierLinesHidden: ({ count }) => `前面还有 ${count.toLocaleString("zh-CN")} 行未显示。`,
  runLimit: ({ limit, detail }) =>
    `${
      {
        "virtual-time": "已停止：达到虚拟时间上限",
        events: "已停止：达到跟踪事件数上限",
        "cpu-loop": "已停止：有 greenlet 一直没有让出",
        "blocked-forever": "已停止：某个调用会永远阻塞",
      }[limit]
    }。${detail}。目前为止的输出和跟踪都已保留。`,
  timeline: "时间线",
  timelineExplain:
    "运行之后，这里显示本次运行的时间线：每个 greenlet 一条泳道、它们之间的切换，以及逐步回放。",
  program: programZhCN,
  stepping: steppingZhCN,
};

const CATALOG: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function messagesFor(locale: Locale): Messages {
  return CATALOG[locale];
}

/** The learner's language from the browser's list, defaulting to English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith("zh")) return "zh-CN";
    if (tag.toLowerCase().startsWith("en")) return "en";
  }
  return "en";
}
