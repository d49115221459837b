# WHAT: the queue family: a writer and a reader hand over through a Queue; LifoQueue gives the last item first and PriorityQueue the smallest; a JoinableQueue's join() waits until every task is marked done
# Source: written for this lesson from tutorial 1 "gevent的通信" (write/read with put and
# sleep(0), bounded here to 3 items instead of while True), tutorial 3 (python_day10) "线程队列queue"
# (Queue, LifoQueue, PriorityQueue with first/second/third and (20,'a'), (10,'b'), (30,'c'),
# here gevent's versions of those classes) and tutorial 2's boss and workers (here with a
# JoinableQueue: workers call task_done(), main waits in join()). Times are counted from the start
# of that part and print as int(10*dt + 0.2)/10. expected.out: what gevent
# 22.10.2 / greenlet 2.0.2 printed; 0.3 s.
import time
import gevent
from gevent.queue import JoinableQueue, LifoQueue, PriorityQueue, Queue


def at():
    return '%.1f' % (int((time.time() - start) * 10 + 0.2) / 10)


def write(q):
    for _ in range(3):
        print("put:{}".format('text'))
        q.put('text')
        gevent.sleep(0)


def read(q):
    for _ in range(3):
        print("get:{}".format(q.get()))


q = Queue()
gevent.joinall([gevent.spawn(write, q), gevent.spawn(read, q)])

lifo = LifoQueue()
for word in ['first', 'second', 'third']:
    lifo.put(word)
for _ in range(3):
    print('lifo:', lifo.get())

pq = PriorityQueue()
pq.put((20, 'a'))
pq.put((10, 'b'))
pq.put((30, 'c'))
for _ in range(3):
    print(pq.get())

tasks = JoinableQueue()
start = time.time()


def worker(name):
    while True:
        task = tasks.get()
        print('%s got task %s at %s' % (name, task, at()))
        gevent.sleep(0.1)
        tasks.task_done()


for name in ['bob', 'lily']:
    gevent.spawn(worker, name)
for task in range(1, 7):
    tasks.put(task)
tasks.join()  # until task_done() has been called once per task
print('all tasks done at', at())
