/**
 * Every fact as one sentence in Simplified Chinese, clause for clause the English of
 * `words-en.ts`. The switch statements are exhaustive, as there. Pure.
 */
import {
  BLOCK,
  CANDIDATE,
  GREENLET_TYPE,
  SOCKET_STATE,
  type CandidateKind,
} from "../../runtime/tracing/trace-kinds";
import type { NextRun, Obj, StepFact, SwitchWhy, WaitCause } from "./facts";
import { objectKind } from "./lang";
import { formatNumber as n, formatSeconds } from "./numbers";
import { heldZh, itemZh, stateZh } from "./words-zh-cn-objects";
import { asCall, callOn, closed, listOf, messageIn, nameOf } from "./object-words";

const s = (seconds: number) => formatSeconds(seconds, "zh-CN");
const obj = (o: Obj | null) => nameOf(o, "zh-CN");
const call = (o: Obj | null, method: string) => callOn(o, method, "zh-CN");

/** 等待中的 greenlet 为什么能继续了。 */
export function causeZh(c: WaitCause): string {
  switch (c.reason) {
    case 0:
      return "它被安排运行";
    case BLOCK.SLEEP:
      return "它的 sleep 结束了";
    case BLOCK.JOIN:
      return `${c.joined ?? "它 join 的 greenlet"} 已经结束`;
    case BLOCK.EVENT_WAIT:
      return `${obj(c.on)} 已被设置`;
    case BLOCK.QUEUE_GET:
      return `${obj(c.on)} 里有了给它的元素`;
    case BLOCK.QUEUE_PUT:
      return `${obj(c.on)} 有空位放它的元素了`;
    case BLOCK.LOCK_ACQUIRE:
      return `${obj(c.on)} 可以给它了`;
    case BLOCK.POOL_SLOT:
      return `${obj(c.on)} 有空槽位了`;
    case BLOCK.RAW_SWITCH:
      return "有 greenlet 切回了它";
    case BLOCK.SOCKET:
      return `${obj(c.on)} 就绪了`;
    case BLOCK.RESULT_GET:
      return `${obj(c.on)} 有值了`;
    case BLOCK.QUEUE_JOIN:
      return `放进 ${obj(c.on)} 的元素都完成了`;
    case BLOCK.WAIT_ANY:
      return c.on === null ? "它等待的对象之一就绪了" : `${obj(c.on)} 有结果给它了`;
    case BLOCK.IDLE:
      return "循环没有别的事可做了";
    case BLOCK.HUB:
      return "它的阻塞调用结束了";
    case BLOCK.YIELD:
      return "它已让其他 greenlet 先运行";
    case BLOCK.PREEMPT:
      return "它被抢占后又轮到它了";
  }
}

/** 选择某个选项会做什么：“恢复 worker #3”“触发唤醒 worker #3 的定时器”。 */
export function optionZh(
  who: string | null,
  kind: CandidateKind,
  because: WaitCause | null,
): string {
  switch (kind) {
    case CANDIDATE.CONTINUE:
      return `${who} 继续运行`;
    case CANDIDATE.RESUME:
      return `恢复 ${who}`;
    case CANDIDATE.START:
      return `启动 ${who}`;
    case CANDIDATE.THROW:
      return `向 ${who} 抛出异常`;
    case CANDIDATE.TIMER:
      return who === null ? "触发到期的定时器" : `触发唤醒 ${who} 的定时器`;
    case CANDIDATE.NOTIFY:
    case CANDIDATE.JOINED:
      return because === null ? `恢复 ${who}` : `恢复 ${who}（${causeZh(because)}）`;
  }
}

function choiceZh(f: Extract<StepFact, { t: "choice" }>): string {
  const options = f.options.map((o) => optionZh(o.who, o.kind, o.because));
  const picked = f.chosen === null ? null : options[f.chosen];
  if (!f.hubTurn) {
    const what = `抢占点：${f.turn} 可以继续运行，也可以交出 CPU（${options.slice(1).join("；")}）`;
    if (picked === null) return `${what}。轮到你来选择。`;
    return f.chosen === 0
      ? `${what}：调度让 ${f.turn} 继续运行。`
      : `${what}：调度抢占了 ${f.turn}，选择${picked}。`;
  }
  const what = `选择点：共 ${n(options.length)} 个选项（${options.join("；")}）`;
  if (picked === null) return `${what}。轮到你来选择。`;
  return f.chosen === 0
    ? `${what}：调度像 gevent 一样选第一个：${picked}。`
    : `${what}：调度选择第 ${n((f.chosen ?? 0) + 1)} 个：${picked}。`;
}

function nextZh(next: NextRun | null): string {
  if (next === null) return "";
  if (next.loopExit)
    return `没有能运行的 greenlet，也没有待触发的定时器：hub 向 ${next.to} 抛出 LoopExit。`;
  if (next.jumpTo !== null)
    return `没有别的 greenlet 就绪：时钟跳到 ${s(next.jumpTo)}，hub 切换到 ${next.to}。`;
  return `hub 切换到 ${next.to}。`;
}

function blockedZh(f: Extract<StepFact, { t: "blocked" }>): string {
  const { who } = f;
  const others = f.others > 0 ? `，另有 ${n(f.others)} 个 greenlet 也在等它` : "";
  switch (f.reason) {
    case BLOCK.SLEEP:
      return f.sleep === null
        ? `${who} 调用 sleep()：它等待自己的定时器。`
        : `${who} 调用 sleep(${n(f.sleep.delay)})：它要等到 ${s(f.sleep.due)}。`;
    case BLOCK.JOIN: {
      const state = {
        unstarted: "它还没开始运行",
        ready: "它在排队等待运行",
        blocked: "它自己也在阻塞",
        other: "它还没结束",
      }[f.joinedState];
      return `${who} 等待 ${f.joined ?? "一个 greenlet"} 结束（join）：${state}。`;
    }
    case BLOCK.EVENT_WAIT:
      return `${who} 在 ${call(f.on, "wait()")} 阻塞：标志还没有被设置${others}。`;
    case BLOCK.QUEUE_GET:
      return `${who} 在 ${call(f.on, "get()")} 阻塞：队列是空的${others}。`;
    case BLOCK.QUEUE_PUT:
      return `${who} 在 ${call(f.on, "put()")} 阻塞：队列已满（${n(f.count)}/${n(f.limit ?? f.count)}）。`;
    case BLOCK.LOCK_ACQUIRE:
      return f.holders.length > 0
        ? `${who} 在 ${call(f.on, "acquire()")} 阻塞：它被 ${listOf(f.holders, "zh-CN")} 持有${others}。`
        : `${who} 在 ${call(f.on, "acquire()")} 阻塞：没有剩余的许可${others}。`;
    case BLOCK.POOL_SLOT:
      return `${who} 等待 ${obj(f.on)} 的空槽位：${n(f.limit ?? f.count)} 个槽位都在用。`;
    case BLOCK.RAW_SWITCH:
      return `${who} 用原始 switch 离开：它要等到有 greenlet 切回来。`;
    case BLOCK.SOCKET: {
      const why =
        f.socket === SOCKET_STATE.LISTENING
          ? "还没有等待接受的连接"
          : f.socket === SOCKET_STATE.CONNECTED
            ? "还没有数据到达"
            : "它还没准备好";
      return `${who} 在 ${obj(f.on)} 上等待：${why}。`;
    }
    case BLOCK.RESULT_GET:
      return `${who} 在 ${call(f.on, "get()")} 阻塞：它还没有值${others}。`;
    case BLOCK.QUEUE_JOIN:
      return `${who} 在 ${call(f.on, "join()")} 阻塞：放进去的元素还没有全部完成（taskDone）。`;
    case BLOCK.WAIT_ANY:
      return f.on === null
        ? `${who} 同时等待多个对象（joinall、wait）：还没有一个就绪。`
        : `${who} 等待 ${obj(f.on)} 的下一个结果。`;
    case BLOCK.IDLE:
      return `${who} 调用 idle()：它要等到没有别的 greenlet 就绪。`;
    case BLOCK.HUB:
      return `${who} 处在一个占住 hub 的阻塞调用里。`;
    case BLOCK.YIELD:
      return f.others > 0
        ? `${who} 调用 sleep(0)：先让排在它前面的 ${n(f.others)} 个就绪 greenlet 运行。`
        : `${who} 调用 sleep(0)：它把机会让给别人，但没有别的 greenlet 就绪。`;
    case BLOCK.PREEMPT:
      return `${who} 被抢占。`;
  }
}

function switchZh(from: string, to: string, why: SwitchWhy): string {
  switch (why.k) {
    case "program-start":
      return `程序开始：${to} 运行顶层代码。`;
    case "to-hub":
      return {
        blocked: `${from} 把 CPU 交给 hub，由 hub 决定下一个运行谁。`,
        finished: `${from} 结束了：控制权回到 hub。`,
        failed: `${from} 出错退出：控制权回到 hub。`,
        killed: `${from} 被杀死：控制权回到 hub。`,
        yield: `${from} 排到 hub 队列的末尾，把 CPU 交给 hub。`,
        other: `${from} 切换到 hub。`,
      }[why.state];
    case "start":
      return why.waiting > 0
        ? `hub 启动 ${to}：它排在就绪队列的最前面（后面还有 ${n(why.waiting)} 个）。`
        : `hub 启动 ${to}：它排在就绪队列的最前面。`;
    case "resume":
      return `hub 恢复 ${to}：${causeZh(why.cause)}。`;
    case "throw":
      return {
        timeout: `hub 向 ${to} 抛出异常：它的超时到了。`,
        kill: `hub 向 ${to} 抛出 ${why.exception ?? "GreenletExit"}，杀死它。`,
        "loop-exit": `hub 向 ${to} 抛出 LoopExit：没有能运行的 greenlet，也没有待触发的定时器。`,
        other: `hub 切换到 ${to}，并在它里面抛出异常。`,
      }[why.cause];
    case "raw":
      return {
        start: `${from} 切换到 ${to}，${to} 开始运行。`,
        value: `${from} 切换到 ${to}，${to} 从上次停下的地方继续。`,
        throw: `${from} 向 ${to} 抛出异常。`,
      }[why.mode];
    case "to-parent":
      return `${from} ${why.state === "failed" ? "出错退出" : "结束"}了：控制权交给它的 parent ${to}。`;
  }
}

/** 一个事实的中文句子。 */
export function sentenceZh(f: StepFact): string {
  switch (f.t) {
    case "created":
      switch (f.type) {
        case GREENLET_TYPE.HUB:
          return "hub 创建了：它运行事件循环，在 greenlet 之间切换。";
        case GREENLET_TYPE.MAIN:
          return "主 greenlet 创建了：程序的顶层代码在它里面运行。";
        case GREENLET_TYPE.RAW:
          return `${f.by ?? f.parent} 创建了原始 greenlet ${f.who}，它的 parent 是 ${f.parent}：只有别的 greenlet 切换到它时它才运行。`;
        case GREENLET_TYPE.LINK:
          return `${f.by ?? "hub"} 创建了 ${f.who}，用来运行一个 link 回调。`;
        case GREENLET_TYPE.GREENLET:
          return `${f.by ?? "hub"} 创建了 Greenlet ${f.who}。`;
      }
      return `${f.who} 创建了。`;
    case "started":
      return f.main ? `${f.who} 开始运行程序的顶层代码。` : `${f.who} 开始运行 ${asCall(f.call)}。`;
    case "switch":
      return switchZh(f.from, f.to, f.why);
    case "blocked":
      return blockedZh(f) + nextZh(f.next);
    case "woken": {
      const by = f.by === null ? "" : `（由 ${f.by} 唤醒）`;
      const place = f.queued > 1 ? `（第 ${n(f.place)} 个，共 ${n(f.queued)} 个）` : "";
      if (f.scheduled)
        return `${f.by ?? "hub"} 安排 ${f.who} 启动：它进入 hub 的就绪队列${place}。`;
      return `${f.who} 被唤醒${by}：${causeZh(f.cause)}；它进入 hub 的就绪队列${place}。`;
    }
    case "finished": {
      if (f.killed !== null) return `${f.who} 以 ${f.killed} 退出：它被杀死了。`;
      const value = f.value === null ? `${f.who} 结束` : `${f.who} 结束，返回 ${f.value}`;
      const parent = f.parent === null ? "" : `；返回值交给它的 parent ${f.parent}`;
      const slot =
        f.slot === null
          ? ""
          : `；它在 ${obj(f.slot.pool)} 里的槽位被释放（${n(f.slot.inUse)}${f.slot.size === null ? " 个" : `/${n(f.slot.size)}`} 在用）`;
      return `${value}${parent}${slot}。`;
    }
    case "failed":
      if (f.loopExit) return `${f.who} 以 LoopExit 失败：它会永远阻塞下去。`;
      return `${f.who} 以 ${messageIn(f.error, "zh-CN")} 失败${f.line > 0 ? `（第 ${n(f.line)} 行）` : ""}。`;
    case "killed": {
      const who =
        f.by === null
          ? `${f.who} 被 ${f.exception} 杀死`
          : `${f.by} 用 ${f.exception} 杀死 ${f.who}`;
      return f.started ? `${who}：异常会在它下次运行时抛进去。` : `${who}：它永远不会运行。`;
    }
    case "abandoned":
      return `程序结束时 ${f.who} 还挂起着：它被放弃，它的 finally 块不会运行。`;
    case "held":
      return heldZh(f.who, f.reason, f.seconds);
    case "timer-scheduled":
      switch (f.purpose) {
        case "sleep":
          return `hub 设好定时器：${f.who} 在 ${s(f.due)}醒来。`;
        case "wait-timeout":
          return `${f.who} 的等待带超时：除非 ${f.who} 先被唤醒，定时器会在 ${s(f.due)}触发。`;
        case "other":
          return `${f.who} 设了一个 ${s(f.delay)} 的定时器：除非被取消，它会在 ${s(f.due)}触发。`;
      }
      return "";
    case "timer-fired": {
      const whose = f.owner === null ? "一个定时器触发了" : `${f.owner} 的定时器触发了`;
      return f.jumpTo === null ? `${whose}。` : `时钟前进到 ${s(f.jumpTo)}：${whose}。`;
    }
    case "timer-cancelled": {
      const whose = f.owner === null ? "一个定时器" : `${f.owner} 的定时器`;
      return f.due === null
        ? `${whose}被取消了。`
        : `${whose}被取消了：它本来会在 ${s(f.due)}触发。`;
    }
    case "obj-created":
      return f.obj.name === null || f.obj.type === 0
        ? `${f.who} 创建了 ${obj(f.obj)}。`
        : `${f.who} 创建了${objectKind(f.obj.type, "zh-CN")} ${f.obj.name}。`;
    case "named-greenlet":
      return `${f.who} 存进了变量 ${f.name}。`;
    case "named-object":
      return `${obj({ ...f.obj, name: null })} 存进了变量 ${f.name}。`;
    case "obj-state":
      return stateZh(f.who, obj(f.obj), f.change, f.obj);
    case "obj-limit":
      return f.limit === null
        ? `${obj(f.obj)} 没有大小限制。`
        : `${obj(f.obj)} 最多容纳 ${n(f.limit)} 个。`;
    case "item":
      return itemZh(f);
    case "output":
      return f.stderr ? `${f.who} 向 stderr 写入“${f.text}”。` : `${f.who} 打印“${f.text}”。`;
    case "error":
      return f.loopExit
        ? "运行以 LoopExit 结束：没有能运行的 greenlet，也没有待触发的定时器。"
        : closed(`运行以 ${f.name} 结束：${messageIn(f.message, "zh-CN")}`, "。");
    case "warning":
      return `警告：${messageIn(f.message, "zh-CN")}`;
    case "clock":
      return `时钟前进到 ${s(f.time)}。`;
    case "choice":
      return choiceZh(f);
    case "candidate": {
      const at = f.line > 0 ? `（第 ${n(f.line)} 行）` : "";
      return `选项 ${n(f.index + 1)}：${optionZh(f.who, f.kind, f.because)}${at}。`;
    }
    case "preempted":
      return `${f.who} 被抢占：它回到就绪队列末尾，并不等待任何东西。${nextZh(f.next)}`;
  }
}
