#!/usr/bin/env python3
"""The seed's Base ("Tracking instances and __new__"), ported to Python 3, on the
workload of runtime_bench.cpp. Prints the same CSV rows:
    workload,implementation,bytes,ops_per_second,ns_per_op

The port changes only what Python 3 requires: messages are bytes and the
separator is b"delimiter"; `instance_tracker` and `attribute_setter`, which
the seed uses without showing, are a class-level dict and a setattr loop.
read_messages() drops the last piece of the split (the seed returns the zero
padding after the last "delimiter" as one more message).

Times are the CPU time of the thread (time.thread_time_ns), as runtime_bench.cpp
measures: the machine is shared.

    seed_base.py [SCALE [REPEATS]]     SCALE divides the counts (1: the committed run)
    seed_base.py fresh N               in this new interpreter: the first Base() and the mean of N-1 more (ns)
"""
import mmap
import sys
import time

Component_Resolve = {}
Component_Memory = {}


class Base(object):

    instance_count = 0
    instance_tracker = {}

    defaults = {"memory_size": 4096, "network_packet_size": 8192}

    def _get_name(self):
        return type(self).__name__ + str(self.instance_number)
    instance_name = property(_get_name)

    def __new__(cls, *args, **kwargs):
        instance = super(Base, cls).__new__(cls)
        instance_number = instance.instance_number = cls.instance_count
        cls.instance_tracker[instance_number] = instance
        cls.instance_count += 1
        return instance

    def __init__(self, **kwargs):
        options = self.defaults.copy()
        options.update(kwargs)
        self.attribute_setter(**options)
        Component_Resolve[self.instance_name] = self
        Component_Memory[self.instance_name] = mmap.mmap(-1, self.memory_size)

    def attribute_setter(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def send_to(self, component_name, message):
        Component_Memory[component_name].write(message + b"delimiter")

    def read_messages(self):
        memory = Component_Memory[self.instance_name]
        memory.seek(0)
        data = memory.read(self.memory_size)
        memory.seek(0)
        if data.count(b"delimiter"):
            size = len(data)
            messages = data.split(b"delimiter")[:-1]
            memory.write(b"\x00" * size)
            memory.seek(0)
        else:
            messages = []
        return messages


def reset():
    for memory in Component_Memory.values():
        memory.close()
    Component_Memory.clear()
    Component_Resolve.clear()
    Base.instance_tracker.clear()
    Base.instance_count = 0


def best_ns(n, repeats, body):
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time_ns()
        body(n)
        best = min(best, (time.thread_time_ns() - start) / n)
        reset()
    return best


def row(workload, implementation, size, ns):
    print(f"{workload},{implementation},{size},{1e9 / ns:.0f},{ns:.2f}", flush=True)


def creation(n):
    for _ in range(n):
        Base()


def messages(size, n, repeats):
    message = b"m" * size
    memory_size = 4096 if size <= 32 else 8192  # as in runtime_bench.cpp

    def body(count):
        b = Base(memory_size=memory_size)
        c = Base()
        name = b.instance_name
        for _ in range(count):
            c.send_to(name, message)
            got = b.read_messages()
            assert len(got) == 1 and got[0] == message
        return got

    row("send+read", "python seed send_to+read_messages", size, best_ns(n, repeats, body))


def fresh(n):
    """In this (fresh) interpreter: the first Base() alone, then the mean of the next n-1."""
    start = time.thread_time_ns()
    Base()
    first = time.thread_time_ns() - start
    start = time.thread_time_ns()
    for _ in range(n - 1):
        Base()
    rest = (time.thread_time_ns() - start) / max(1, n - 1)
    print(f"{first:.0f},{rest:.2f}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "fresh":
        fresh(int(sys.argv[2]))
        return
    scale = max(1, int(sys.argv[1])) if len(sys.argv) > 1 else 1
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print("workload,implementation,bytes,ops_per_second,ns_per_op")
    row("create", "python seed Base()", 4096, best_ns(20_000 // scale, repeats, creation))
    messages(32, 100_000 // scale, repeats)
    messages(4096, 50_000 // scale, repeats)


if __name__ == "__main__":
    main()
