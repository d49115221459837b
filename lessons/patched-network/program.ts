// The same crawler before and after monkey patching.
// 同一个爬虫，打补丁之前和之后。
import * as gevent from "gevent";
import * as monkey from "gevent/monkey";
import * as requests from "requests";
import * as socket from "socket";
import * as time from "time";

function* getPage(url: string) {
  print(`GET: ${url}`);
  // A blocking library call: it holds the hub until patched. — 阻塞的库调用：打补丁前会占住 hub。
  const response = yield* requests.get(url);
  if (response.statusCode === 200) print(`${response.text.length} bytes received from ${url}`);
}

function* crawl(urls: string[]) {
  const startTime = time.time();
  yield* gevent.joinall(urls.map((url) => gevent.spawn(getPage, url)));
  const stopTime = time.time();
  print(`run time is ${(Math.floor((stopTime - startTime) * 10 + 0.2) / 10).toFixed(1)}`);
}

// Latencies come from requests.hosts: python.org 0.3 s, yahoo.com 0.5 s, github.com 0.2 s.
// 延迟来自 requests.hosts：python.org 0.3 秒，yahoo.com 0.5 秒，github.com 0.2 秒。
const URLS = ["https://www.python.org/", "https://www.yahoo.com/", "https://github.com/"];

print(socket.socket); // the class, as Python prints it — 这个类，和 Python 打印的一样
yield* crawl(URLS);

monkey.patchAll();
print("after monkey patch");
print(socket.socket); // gevent's cooperative socket class — gevent 的协作式 socket 类
yield* crawl(URLS);
