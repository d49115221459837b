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
}

export const classroomEn: ClassroomMessages = {
  updateReady: "A new version of the playground is ready.",
  reloadToUpdate: "Reload to update",
  later: "Later",
  openInPlayground: "Open in the playground",
  openInPlaygroundTitle: "Open this program, at this step, in the full playground (a new tab)",
  embedTitle: ({ lesson }) => (lesson ? `Greenlet playground: ${lesson}` : "Greenlet playground"),
  embedControls: "Run and step",
};

export const classroomZhCN: ClassroomMessages = {
  updateReady: "练习场有新版本可用。",
  reloadToUpdate: "重新加载以更新",
  later: "稍后",
  openInPlayground: "在练习场中打开",
  openInPlaygroundTitle: "在完整的练习场中打开这个程序，停在当前这一步（新标签页）",
  embedTitle: ({ lesson }) => (lesson ? `Greenlet 练习场：${lesson}` : "Greenlet 练习场"),
  embedControls: "运行与单步",
};
