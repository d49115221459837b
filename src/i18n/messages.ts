/**
 * Every text a learner sees, in English and Simplified Chinese. Components take their strings
 * from here, never inline, so the language switch changes all of them.
 */
import { classroomEn, classroomZhCN, type ClassroomMessages } from "./classroom-messages";
import { lessonUiEn, lessonUiZhCN, type LessonUiMessages } from "./lesson-messages";
import { programEn, programZhCN, type ProgramMessages } from "./program-messages";
import { tasksEn, tasksZhCN, type TaskMessages } from "./task-messages";
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
  /** The page ended a run for what it sent (src/client/batch-budget.ts). */
  refused: (p: { kind: "malformed" | "too-large" | "output-limit"; lines?: number }) => string;
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
  /** After a run of the lesson's program as it is, before the learner changed anything. */
  exerciseInvitation: string;
  exerciseShort: (p: { passed: boolean; untouched: boolean }) => string;
  progress: (p: { virtualTime: string; events: number }) => string;
  stderrMark: string;
  earlierLinesHidden: (p: { count: number }) => string;
  /** After the start of a line too long to show whole. */
  lineCut: (p: { count: number }) => string;
  /**
   * A run a limit ended: `detail` is the runtime's message in the learner's language, `amount`
   * the limit's figure (seconds, events, milliseconds), `greenlet` the one it stopped.
   */
  runLimit: (p: {
    limit: "virtual-time" | "events" | "cpu-loop" | "blocked-forever";
    detail: string;
    amount: number | null;
    greenlet: string | null;
    line: number;
  }) => string;
  /** A LoopExit: nothing can run, and these greenlets wait for ever. */
  loopExit: (p: { waits: Array<{ greenlet: string; on: string; line: number }> }) => string;
  timeline: string;
  timelineExplain: string;
  /** The program's controls and notices: share, reset, download, upload, saving. */
  program: ProgramMessages;
  /** A lesson's tasks: predict and change, hints, solution. */
  tasks: TaskMessages;
  /** Offline updates, embedding, presentation mode, teacher notes, printing. */
  classroom: ClassroomMessages;
  /** Stepping through a run: the step bar, inspector, event table, editor marks. */
  stepping: SteppingMessages;
  /** The lesson pane's moment links, the examples, the Python side by side. */
  lessonUi: LessonUiMessages;
}

/** Counts are written alike everywhere: 300,006 events, not 300006. */
const count = (n: number, locale: Locale) => n.toLocaleString(locale);

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
    `Finished after ${elapsed} virtual seconds, ${count(events, "en")} trace events.`,
  stoppedByUser: "Stopped.",
  stalled: ({ seconds, greenlet, line }) =>
    `Stopped: nothing switched for ${seconds} s. ` +
    (greenlet ? `Greenlet ${greenlet} was running` : "The program was running") +
    (line ? `, last seen at line ${line}` : "") +
    ". Code that never reaches a `yield*` (an endless loop, a very slow computation) blocks " +
    "every other greenlet.",
  runnerCrashed: ({ message }) => `The runner failed: ${message}`,
  refused: ({ kind, lines = 0 }) =>
    ({
      "output-limit": `Stopped: the program printed more than ${lines.toLocaleString("en")} lines, the most one run may print. The output so far is kept.`,
      "too-large":
        "Stopped: the run sent more data than the page accepts from one run. The output so far is kept.",
      malformed:
        "Stopped: the run sent a message the page could not read, so it was ended. The output so far is kept.",
    })[kind],
  lessons: "Lessons",
  closeLessons: "Close the lesson list",
  language: "Language",
  theme: "Theme",
  switchTheme: (theme) => `Switch to the ${theme === "dark" ? "dark" : "light"} theme`,
  presentation: "Presentation mode",
  presentationShort: "Present",
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
  exerciseInvitation:
    "That was the lesson's program as it is. Your turn: change it as the exercise asks, and Run checks it.",
  exerciseShort: ({ passed, untouched }) =>
    passed
      ? "Exercise done."
      : untouched
        ? "Your turn: the lesson's exercise asks you to change this program."
        : "Exercise not done yet: see the lesson for why.",
  progress: ({ virtualTime, events }) =>
    `Running… virtual time ${virtualTime} s, ${events.toLocaleString("en")} events`,
  stderrMark: "error output",
  earlierLinesHidden: ({ count }) => `${count.toLocaleString("en")} earlier lines are not shown.`,
  lineCut: ({ count }) => ` … (${count.toLocaleString("en")} more characters not shown)`,
  runLimit: ({ limit, detail, amount, greenlet, line }) => {
    const at = line > 0 ? ` at line ${line}` : "";
    const who = greenlet ? `greenlet ${greenlet}` : "a greenlet";
    const why = {
      "virtual-time": `the program ran past the virtual time limit of ${count(amount ?? 0, "en")} seconds`,
      events: `the program recorded more than ${count(amount ?? 0, "en")} trace events, the limit`,
      "cpu-loop": `${who} ran for over ${(amount ?? 0) / 1000} s without yielding (a CPU loop${at})`,
      "blocked-forever": detail,
    }[limit];
    return `Stopped: ${why}. The output and trace so far are kept.`;
  },
  loopExit: ({ waits }) =>
    "LoopExit: This operation would block forever, since no greenlet can run. " +
    (waits.length === 0
      ? "No greenlet is waiting."
      : waits
          .map((w) => `${w.greenlet} waits on ${w.on}${w.line > 0 ? ` at line ${w.line}` : ""}`)
          .join("; ") + "."),
  timeline: "Timeline",
  timelineExplain:
    "After a run, its timeline goes here: one lane per greenlet, the switches between them, " +
    "and a step-by-step replay.",
  program: programEn,
  tasks: tasksEn,
  classroom: classroomEn,
  stepping: steppingEn,
  lessonUi: lessonUiEn,
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
  finished: ({ elapsed, events }) =>
    `运行结束：虚拟时间 ${elapsed} 秒，共 ${count(events, "zh-CN")} 个跟踪事件。`,
  stoppedByUser: "已停止。",
  stalled: ({ seconds, greenlet, line }) =>
    `已停止：${seconds} 秒内没有发生任何切换。` +
    (greenlet ? `当时在运行的是 greenlet ${greenlet}` : "程序一直在运行") +
    (line ? `，最后出现在第 ${line} 行` : "") +
    "。到不了 `yield*` 的代码（死循环、极慢的计算）会挡住所有其他 greenlet。",
  runnerCrashed: ({ message }) => `运行器出错：${message}`,
  refused: ({ kind, lines = 0 }) =>
    ({
      "output-limit": `已停止：程序输出超过 ${lines.toLocaleString("zh-CN")} 行，这是一次运行最多能输出的行数。目前为止的输出都已保留。`,
      "too-large": "已停止：这次运行发送的数据超过了页面对一次运行的上限。目前为止的输出都已保留。",
      malformed: "已停止：这次运行发送了页面无法读取的消息，因此被终止。目前为止的输出都已保留。",
    })[kind],
  lessons: "课程",
  closeLessons: "关闭课程列表",
  language: "语言",
  theme: "主题",
  switchTheme: (theme) => `切换到${theme === "dark" ? "深色" : "浅色"}主题`,
  presentation: "演示模式",
  presentationShort: "演示",
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
  exerciseInvitation: "刚才运行的是课程原来的程序。轮到你了：按练习的要求修改它，运行时会检查。",
  exerciseShort: ({ passed, untouched }) =>
    passed
      ? "练习已完成。"
      : untouched
        ? "轮到你了：课文里的练习请你修改这个程序。"
        : "练习尚未完成：原因见课文。",
  progress: ({ virtualTime, events }) =>
    `运行中… 虚拟时间 ${virtualTime} 秒，${events.toLocaleString("zh-CN")} 个事件`,
  stderrMark: "错误输出",
  earlierLinesHidden: ({ count }) => `前面还有 ${count.toLocaleString("zh-CN")} 行未显示。`,
  lineCut: ({ count }) => ` …（还有 ${count.toLocaleString("zh-CN")} 个字符未显示）`,
  runLimit: ({ limit, detail, amount, greenlet, line }) => {
    const at = line > 0 ? `第 ${line} 行的` : "";
    const who = greenlet ? `greenlet ${greenlet}` : "某个 greenlet";
    const why = {
      "virtual-time": `程序的虚拟时间超过了 ${count(amount ?? 0, "zh-CN")} 秒的上限`,
      events: `程序记录的跟踪事件超过了 ${count(amount ?? 0, "zh-CN")} 个的上限`,
      "cpu-loop": `${who} 超过 ${(amount ?? 0) / 1000} 秒没有让出（${at} CPU 循环）`,
      "blocked-forever": detail,
    }[limit];
    return `已停止：${why}。目前为止的输出和跟踪都已保留。`;
  },
  loopExit: ({ waits }) =>
    "LoopExit：这个操作会永远阻塞，因为没有任何 greenlet 能够运行。" +
    (waits.length === 0
      ? "没有 greenlet 在等待。"
      : waits
          .map((w) => `${w.greenlet} ${w.line > 0 ? `在第 ${w.line} 行` : ""}等待 ${w.on}`)
          .join("；") + "。"),
  timeline: "时间线",
  timelineExplain:
    "运行之后，这里显示本次运行的时间线：每个 greenlet 一条泳道、它们之间的切换，以及逐步回放。",
  program: programZhCN,
  tasks: tasksZhCN,
  classroom: classroomZhCN,
  stepping: steppingZhCN,
  lessonUi: lessonUiZhCN,
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
