/**
 * The strings of the classroom features (offline updates, embedding, presentation mode,
 * teacher notes, printing), in English and Simplified Chinese: `messages.ts` holds them as
 * `classroom`.
 */
export interface ClassroomMessages {
  updateReady: string;
  reloadToUpdate: string;
  later: string;
  openInPlayground: string;
  openInPlaygroundTitle: string;
  /** The embed's own accessible name, and the iframe's title in the snippet. */
  embedTitle: (p: { lesson: string | null }) => string;
  embedControls: string;
  shareTabs: string;
  shareTabLink: string;
  shareTabEmbed: string;
  embedExplain: string;
  embedSnippet: string;
  embedAtStep: (p: { step: number }) => string;
  embedReadOnly: string;
  copySnippet: string;
  snippetCopied: string;
  shortcutPresentation: string;
  shortcutPresentationStep: string;
  teacherNotes: string;
  teacherNotesExplain: string;
  printHandout: string;
  printProgram: string;
  printTimeline: string;
}

export const classroomEn: ClassroomMessages = {
  updateReady: "A new version of the playground is ready.",
  reloadToUpdate: "Reload to update",
  later: "Later",
  openInPlayground: "Open in the playground",
  openInPlaygroundTitle: "Open this program, at this step, in the full playground (a new tab)",
  embedTitle: ({ lesson }) => (lesson ? `Greenlet playground: ${lesson}` : "Greenlet playground"),
  embedControls: "Run and step",
  shareTabs: "Share as",
  shareTabLink: "Link",
  shareTabEmbed: "Embed",
  embedExplain:
    "Paste this HTML into a web page (a tutorial, a course's notes): it shows this program there, " +
    "ready to run and step through, in a frame.",
  embedSnippet: "HTML for your page",
  embedAtStep: ({ step }) => `Open at the current step (step ${step + 1})`,
  embedReadOnly: "Read-only editor",
  copySnippet: "Copy the HTML",
  snippetCopied: "The HTML is copied to the clipboard.",
  shortcutPresentation: "Enter or leave presentation mode (for a projector)",
  shortcutPresentationStep:
    "In presentation mode: step back and forward (a presentation remote's keys)",
  teacherNotes: "Teacher notes",
  teacherNotesExplain: "Answers to the Try it questions, and what to point out in class.",
  printHandout: "Print as a handout",
  printProgram: "The program",
  printTimeline: "The timeline of its run",
};

export const classroomZhCN: ClassroomMessages = {
  updateReady: "练习场有新版本可用。",
  reloadToUpdate: "重新加载以更新",
  later: "稍后",
  openInPlayground: "在练习场中打开",
  openInPlaygroundTitle: "在完整的练习场中打开这个程序，停在当前这一步（新标签页）",
  embedTitle: ({ lesson }) => (lesson ? `Greenlet 练习场：${lesson}` : "Greenlet 练习场"),
  embedControls: "运行与单步",
  shareTabs: "分享方式",
  shareTabLink: "链接",
  shareTabEmbed: "嵌入",
  embedExplain:
    "把这段 HTML 粘贴到网页里（教程、课程讲义）：页面中会出现一个框，显示这个程序，可以运行和逐步回放。",
  embedSnippet: "粘贴到网页的 HTML",
  embedAtStep: ({ step }) => `打开时停在当前这一步（第 ${step + 1} 步）`,
  embedReadOnly: "编辑器只读",
  copySnippet: "复制 HTML",
  snippetCopied: "HTML 已复制到剪贴板。",
  shortcutPresentation: "进入或退出演示模式（用于投影）",
  shortcutPresentationStep: "演示模式下：后退或前进一步（演示遥控器的按键）",
  teacherNotes: "教师笔记",
  teacherNotesExplain: "“动手试试”各题的答案，以及课堂上值得指出的地方。",
  printHandout: "打印成讲义",
  printProgram: "程序",
  printTimeline: "这次运行的时间线",
};
