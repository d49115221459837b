/**
 * Every text a learner sees, in English and Simplified Chinese. Components take their strings
 * from here, never inline, so the language switch (a later issue) changes all of them.
 */
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
