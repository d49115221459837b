/**
 * The strings of the lesson pane's own controls (moment links, the examples list, the Python
 * side by side), in English and Simplified Chinese: `messages.ts` holds them as `lessonUi`.
 */
export interface LessonUiMessages {
  /** A moment link was followed but the last run never reached it. */
  momentNotInRun: string;
  momentUnknown: string;
  examples: string;
  examplesExplain: string;
  exampleNumber: (p: { n: number }) => string;
  /** The lesson's list of the examples it draws on. */
  lessonExamples: string;
  /** An example's list of the lessons that teach it. */
  exampleLessons: string;
  exampleIntro: (p: { n: number }) => string;
  realOutput: string;
  realOutputExplain: string;
  sideBySide: string;
  sideBySideShow: string;
  sideBySideHide: string;
  sideBySideExplain: string;
  typescript: string;
  python: string;
  noCounterpart: string;
}

export const lessonUiEn: LessonUiMessages = {
  momentNotInRun:
    "The last run never reached that moment: the program was changed. Reset it or run it again.",
  momentUnknown: "This lesson has no such moment.",
  examples: "Examples",
  examplesExplain:
    "The tutorials' 31 programs, each with its Python original and real gevent's output.",
  exampleNumber: ({ n }) => `Example ${n}`,
  lessonExamples: "Examples in this lesson",
  exampleLessons: "Taught in",
  exampleIntro: ({ n }) =>
    `Example ${n} of the tutorials, ported line for line. Run it: its output must be exactly what ` +
    "real gevent printed (below), in the same order and at the same virtual time.",
  realOutput: "What real gevent printed",
  realOutputExplain:
    "The stdout of the Python original under gevent 22.10.2 with greenlet 2.0.2, byte for byte.",
  sideBySide: "Python side by side",
  sideBySideShow: "Show the Python side by side",
  sideBySideHide: "Hide the Python",
  sideBySideExplain:
    "Each TypeScript line of the editor beside the Python line it ports; a gap where one has no counterpart.",
  typescript: "TypeScript",
  python: "Python",
  noCounterpart: "no counterpart",
};

export const lessonUiZhCN: LessonUiMessages = {
  momentNotInRun: "上一次运行没有到达这个时刻：程序已被修改。请重置程序或再运行一次。",
  momentUnknown: "本课没有这个时刻。",
  examples: "示例",
  examplesExplain: "教程中的 31 个程序，每个都附有 Python 原程序和真实 gevent 的输出。",
  exampleNumber: ({ n }) => `示例 ${n}`,
  lessonExamples: "本课用到的示例",
  exampleLessons: "讲解它的课程",
  exampleIntro: ({ n }) =>
    `教程中的示例 ${n}，逐行移植。运行它：输出必须与真实 gevent 打印的（见下方）完全一致，` +
    "顺序相同，虚拟时间也相同。",
  realOutput: "真实 gevent 的输出",
  realOutputExplain: "Python 原程序在 gevent 22.10.2 与 greenlet 2.0.2 下的标准输出，逐字节一致。",
  sideBySide: "Python 对照",
  sideBySideShow: "并排显示 Python",
  sideBySideHide: "隐藏 Python",
  sideBySideExplain: "编辑器中的每一行 TypeScript 旁边是它移植的那行 Python；没有对应的行留空。",
  typescript: "TypeScript",
  python: "Python",
  noCounterpart: "无对应",
};
