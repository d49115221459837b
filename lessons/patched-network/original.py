# WHAT: the same crawler unpatched (the requests run one after another, 1.0 s) and after monkey.patch_all() (together, 0.5 s); socket.socket is another class once patched
# Source: written for this lesson from tutorial 3 (python_day10) "协程应用: 爬虫" (get_page over
# python.org, yahoo.com and github.com with a patch_all()) and tutorial 2 "猴子补丁" (printing
# socket.socket before and after monkey.patch_socket()).
# Changes: there is no network here, so requests.get is replaced by a stand-in with the
# latencies of the playground's simulated hosts (0.3, 0.5, 0.2 s), which waits with time.sleep,
# a blocking call that monkey patching makes cooperative, as it does the real sockets under
# requests. The crawl runs once before and once after the patch. Times print as
# int(10*dt + 0.2)/10. expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed; 1.5 s.
import socket
import time
import gevent
from gevent import monkey

PAGES = {
    'https://www.python.org/': (0.3, 50174),
    'https://www.yahoo.com/': (0.5, 412376),
    'https://github.com/': (0.2, 276533),
}


class Response:
    def __init__(self, status_code, text):
        self.status_code = status_code
        self.text = text


def requests_get(url):  # stands in for requests.get
    latency, size = PAGES[url]
    time.sleep(latency)
    return Response(200, 'x' * size)


def get_page(url):
    print('GET: %s' % url)
    response = requests_get(url)
    if response.status_code == 200:
        print('%d bytes received from %s' % (len(response.text), url))


def crawl(urls):
    start_time = time.time()
    gevent.joinall([gevent.spawn(get_page, url) for url in urls])
    stop_time = time.time()
    print('run time is %.1f' % (int((stop_time - start_time) * 10 + 0.2) / 10))


URLS = ['https://www.python.org/', 'https://www.yahoo.com/', 'https://github.com/']
print(socket.socket)
crawl(URLS)
monkey.patch_all()
print('after monkey patch')
print(socket.socket)
crawl(URLS)
