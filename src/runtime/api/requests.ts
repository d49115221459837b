/**
 * The "requests" module of learner programs: HTTP GET against a simulated internet whose hosts,
 * latencies and pages are the table `hosts`.
 * — 学习者程序中的 "requests" 模块：对模拟互联网发 GET 请求，主机、延迟和页面来自 `hosts` 表。
 */
export { get } from "../io/requests";
export { hosts, type HostInfo } from "../io/http-hosts";
export {
  Response,
  RequestException,
  ConnectionError,
  InvalidURL,
  HTTPError,
} from "../io/http-response";
