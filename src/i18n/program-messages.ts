/**
 * The strings of the program's own controls and notices (share, reset, download, upload,
 * saving), in English and Simplified Chinese: `messages.ts` holds them as `program`.
 */
type ReplacedBy = "reset" | "upload" | "shared-link" | "other-tab";

export interface ProgramMessages {
  actions: string;
  share: string;
  reset: string;
  download: string;
  upload: string;
  shareTitle: string;
  shareExplain: string;
  shareLink: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  close: string;
  resetTitle: string;
  resetExplain: string;
  resetConfirm: string;
  cancel: string;
  notices: string;
  undo: string;
  dismiss: string;
  replaced: (by: ReplacedBy) => string;
  sharedNotice: string;
  openMyProgram: string;
  otherTabNotice: string;
  loadOtherTab: string;
  keepMine: string;
  brokenLink: (reason: "damaged" | "newer-version") => string;
  saveFailed: string;
  uploadTooLarge: string;
}

export const programEn: ProgramMessages = {
  actions: "Program",
  share: "Share",
  reset: "Reset",
  download: "Download",
  upload: "Upload",
  shareTitle: "Share this program",
  shareExplain:
    "Whoever opens this link sees this program in this lesson. Their own saved program is kept.",
  shareLink: "Link to this program",
  copyLink: "Copy link",
  copied: "The link is copied to the clipboard.",
  copyFailed: "The browser did not allow copying: select the link and copy it yourself.",
  close: "Close",
  resetTitle: "Reset to the original program?",
  resetExplain:
    "Your program for this lesson is replaced by the lesson's original one. You can undo this " +
    "right after, and your program is also kept aside in this browser.",
  resetConfirm: "Replace with the original",
  cancel: "Cancel",
  notices: "Program notices",
  undo: "Undo",
  dismiss: "Dismiss",
  replaced: (by) =>
    ({
      reset: "The program was reset to the lesson's original.",
      upload: "The program was replaced by the uploaded file.",
      "other-tab": "The program saved in the other tab is loaded.",
      "shared-link":
        "You edited the shared program, so it is now saved as yours; your earlier program was kept aside.",
    })[by],
  sharedNotice:
    "This program came from a shared link. Your own saved program for this lesson stays as it " +
    "is until you edit this one.",
  openMyProgram: "Open my program",
  otherTabNotice:
    "Another tab saved a different program for this lesson. Saving here waits until you choose.",
  loadOtherTab: "Load the other tab's program",
  keepMine: "Keep mine",
  brokenLink: (reason) =>
    reason === "damaged"
      ? "This share link is damaged (cut short?) and could not be opened."
      : "This share link was made by a newer version of the playground and could not be opened.",
  saveFailed:
    "Your changes cannot be saved in this browser (its storage is full or blocked). " +
    "Download the program to keep it.",
  uploadTooLarge: "That file is too large to be a program (over 1 MB).",
};

export const programZhCN: ProgramMessages = {
  actions: "程序",
  share: "分享",
  reset: "重置",
  download: "下载",
  upload: "上传",
  shareTitle: "分享这个程序",
  shareExplain: "打开这个链接的人会在这一课看到这个程序；他们自己保存的程序保持不变。",
  shareLink: "这个程序的链接",
  copyLink: "复制链接",
  copied: "链接已复制到剪贴板。",
  copyFailed: "浏览器不允许复制：请选中链接自行复制。",
  close: "关闭",
  resetTitle: "重置为原始程序？",
  resetExplain:
    "你在这一课的程序将被替换为课程的原始程序。之后可以立即撤销，你的程序也会另外保存在这个浏览器中。",
  resetConfirm: "替换为原始程序",
  cancel: "取消",
  notices: "程序提示",
  undo: "撤销",
  dismiss: "知道了",
  replaced: (by) =>
    ({
      reset: "程序已重置为课程的原始程序。",
      upload: "程序已被上传的文件替换。",
      "other-tab": "已载入另一个标签页保存的程序。",
      "shared-link": "你编辑了分享来的程序，它现在作为你的程序保存；你之前的程序已另外保存。",
    })[by],
  sharedNotice: "这个程序来自分享链接。在你编辑它之前，你自己为这一课保存的程序保持不变。",
  openMyProgram: "打开我的程序",
  otherTabNotice: "另一个标签页为这一课保存了不同的程序。在你选择之前，这里暂不保存。",
  loadOtherTab: "载入另一个标签页的程序",
  keepMine: "保留我的",
  brokenLink: (reason) =>
    reason === "damaged"
      ? "这个分享链接已损坏（可能被截断），无法打开。"
      : "这个分享链接由更新版本的练习场生成，无法打开。",
  saveFailed: "你的修改无法保存在这个浏览器中（存储已满或被禁止）。请下载程序以免丢失。",
  uploadTooLarge: "这个文件太大，不像是一个程序（超过 1 MB）。",
};
