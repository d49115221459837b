/**
 * 改变对象的那些步骤的中文句子：状态（事件被设置、许可被拿走、套接字连上）、元素进出、
 * 占住 hub 的阻塞调用。属于 `words-zh-cn.ts` 的句子表。Pure.
 */
import { HOLD, OBJ, SOCKET_STATE } from "../../runtime/tracing/trace-kinds";
import type { Obj, StateChange, StepFact } from "./facts";
import { formatNumber as n, formatSeconds } from "./numbers";
import { callOn, nameOf } from "./object-words";

const s = (seconds: number) => formatSeconds(seconds, "zh-CN");
const obj = (o: Obj | null) => nameOf(o, "zh-CN");
const call = (o: Obj | null, method: string) => callOn(o, method, "zh-CN");

export function stateZh(who: string, o: string, c: StateChange, on: Obj): string {
  switch (c.k) {
    case "event":
      if (c.initial) return `${o} 初始为${c.set ? "已设置" : "未设置"}。`;
      if (!c.set) return `${who} 调用 ${call(on, "clear()")}：标志又放下了。`;
      if (c.waiters === 0)
        return `${who} 调用 ${call(on, "set()")}：没有人在等，所以没有谁被唤醒。`;
      return `${who} 调用 ${call(on, "set()")}：有 ${n(c.waiters)} 个 greenlet 在等；${who} 让出后，hub 会${c.waiters === 1 ? "唤醒它" : "按它们开始等待的顺序唤醒它们"}。`;
    case "result": {
      if (c.initial) return `${o} 初始没有值。`;
      const what = c.state === 2 ? "异常（setException）" : "值（set）";
      const waking =
        c.waiters === 0
          ? "没有人在等"
          : `${who} 让出后，hub 会唤醒等待的 ${n(c.waiters)} 个 greenlet`;
      return `${o} 得到了${what}：${waking}。`;
    }
    case "count":
      if (c.initial) return `${o} 初始为空${c.limit === null ? "" : `（容量 ${n(c.limit)}）`}。`;
      return c.limit === null
        ? `${o} 现在有 ${n(c.value)} 个。`
        : `${o} 现在有 ${n(c.value)}/${n(c.limit)} 个${c.value >= c.limit ? "：满了" : ""}。`;
    case "permits": {
      if (c.initial) return c.lock ? `${o} 初始未锁定。` : `${o} 初始有 ${n(c.value)} 张许可。`;
      if (c.acquired)
        return c.lock ? `${who} 拿到了 ${o}。` : `${who} 获取 ${o}：还剩 ${n(c.value)} 张许可。`;
      const next =
        c.nextWaiter === null
          ? ""
          : `；hub 会把它交给 ${c.nextWaiter}（${n(c.waiters)} 个等待者中的第一个）`;
      return c.lock
        ? `${who} 释放 ${o}${next}。`
        : `${who} 释放 ${o}：有 ${n(c.value)} 张空闲许可${next}。`;
    }
    case "socket": {
      const states: Record<number, string> = {
        [SOCKET_STATE.CREATED]: "已创建",
        [SOCKET_STATE.BOUND]: "已绑定地址",
        [SOCKET_STATE.LISTENING]: "开始监听连接",
        [SOCKET_STATE.CONNECTING]: "正在连接",
        [SOCKET_STATE.CONNECTED]: "已连接",
        [SOCKET_STATE.PEER_CLOSED]: "读到了流的末尾：对方关闭了它那一端",
        [SOCKET_STATE.CLOSED]: "已关闭",
      };
      return `${o} ${states[c.state] ?? `处于状态 ${n(c.state)}`}。`;
    }
    case "local":
      return `${who} 第一次访问 ${o}，得到自己的一份值（现在 ${n(c.value)} 个 greenlet 各有一份）。`;
    case "other":
      return `${o} 现在是 ${n(c.value)}。`;
  }
}

export function heldZh(who: string, reason: number, duration: number): string {
  const seconds = s(duration);
  switch (reason) {
    case HOLD.TIME_SLEEP:
      return `time.sleep(${n(duration)}) 没有打补丁：它占住 hub ${seconds}，其他 greenlet 都不能运行。`;
    case HOLD.BUSY:
      return `${who} 计算 ${seconds}（time.busy）：它占住 hub，其他 greenlet 都不能运行。`;
    case HOLD.SOCKET:
      return `${who} 的套接字调用没有打补丁：它占住 hub ${seconds}，其他 greenlet 都不能运行。`;
    case HOLD.REQUESTS:
      return `requests.get 没有打补丁：${who} 等待响应时占住 hub ${seconds}。`;
    default:
      return `${who} 占住 hub ${seconds}：其他 greenlet 都不能运行。`;
  }
}

export function itemZh(f: Extract<StepFact, { t: "item" }>): string {
  const o = obj(f.obj);
  const room = f.limit === null ? `现有 ${n(f.count)} 个` : `${n(f.count)}/${n(f.limit)}`;
  if (f.obj.type === OBJ.POOL || f.obj.type === OBJ.GROUP) {
    return f.into
      ? `${f.item} 加入 ${o}（${f.limit === null ? `现有 ${n(f.count)} 个成员` : `${room} 个槽位在用`}）。`
      : `${f.item} 离开 ${o}${f.limit === null ? `（还剩 ${n(f.count)} 个成员）` : `：释放一个槽位（${room} 在用）`}。`;
  }
  if (f.obj.type === OBJ.ASYNC_RESULT) return `${o} 的值是 ${f.item}。`;
  if (f.obj.type === OBJ.LOCAL) {
    return f.into
      ? `${f.who} 在 ${o} 上设置 ${f.item}。`
      : `${f.who} 从 ${o} 上删除 ${f.item.split(" = ")[0]}。`;
  }
  if (f.obj.type === OBJ.SOCKET) {
    return f.into ? `${f.item} 到达 ${o}。` : `${f.who} 从 ${o} 取出 ${f.item}。`;
  }
  if (f.into) {
    return f.completesWait
      ? `${f.who} 等待中的 put 完成了：${f.item} 进入 ${o}（${room}）。`
      : `${f.who} 把 ${f.item} 放进 ${o}（${room}）。`;
  }
  return f.completesWait
    ? `${f.who} 等待中的 get 从 ${o} 拿到了 ${f.item}（还剩 ${n(f.count)} 个）。`
    : `${f.who} 从 ${o} 取出 ${f.item}（还剩 ${n(f.count)} 个）。`;
}
