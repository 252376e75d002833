"""Two programs talking through mailboxes that live in a file: examples/shared_mailboxes.cpp in Python 3.

This program creates a registry file (one mmap of a file: a table of names and
one mailbox per name), adds "Base0", and starts a second program -- itself,
with the argument "peer" -- which opens the file by its path, adds "Base1" and
talks to "Base0" by name. Python has no futex: a receive polls its mailbox,
and an fcntl lock on the file guards every change. Prints what the C++ prints.
"""
import fcntl
import mmap
import os
import struct
import subprocess
import sys
import time

SLOTS, NAME, BOX = 64, 56, 4096
TABLE = SLOTS * (8 + NAME)


class Registry:
    def __init__(self, path, create=False):
        self.path = path
        flags = os.O_RDWR | (os.O_CREAT | os.O_EXCL if create else 0)
        self.fd = os.open(path, flags, 0o600)
        if create:
            os.ftruncate(self.fd, TABLE + SLOTS * BOX)
        self.map = mmap.mmap(self.fd, TABLE + SLOTS * BOX)

    def locked(self, body):
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        try:
            return body()
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)

    def slot(self, i):
        at = i * (8 + NAME)
        used, size = struct.unpack_from("<II", self.map, at)
        return used, bytes(self.map[at + 8:at + 8 + size]).decode()

    def find(self, name):
        for i in range(SLOTS):
            used, slot_name = self.slot(i)
            if used and slot_name == name:
                return i
        raise KeyError(name)

    def add(self, name):
        def body():
            for i in range(SLOTS):
                if not self.slot(i)[0]:
                    at = i * (8 + NAME)
                    self.map[at + 8:at + 8 + len(name)] = name.encode()
                    struct.pack_into("<II", self.map, at, 1, len(name))
                    struct.pack_into("<I", self.map, TABLE + i * BOX, 0)
                    return
        self.locked(body)

    def release(self, name):
        self.locked(lambda: struct.pack_into("<II", self.map, self.find(name) * (8 + NAME), 0, 0))

    def names(self):
        return self.locked(lambda: [self.slot(i)[1] for i in range(SLOTS) if self.slot(i)[0]])

    def send_to(self, name, message):
        def body():
            at = TABLE + self.find(name) * BOX
            used = struct.unpack_from("<I", self.map, at)[0]
            data = message.encode()
            struct.pack_into(f"<I{len(data)}s", self.map, at + 4 + used, len(data), data)
            struct.pack_into("<I", self.map, at, used + 4 + len(data))
        self.locked(body)

    def read_messages(self, name, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            def body():
                at = TABLE + self.find(name) * BOX
                used = struct.unpack_from("<I", self.map, at)[0]
                out, pos = [], at + 4
                while pos < at + 4 + used:
                    size = struct.unpack_from("<I", self.map, pos)[0]
                    out.append(bytes(self.map[pos + 4:pos + 4 + size]).decode())
                    pos += 4 + size
                struct.pack_into("<I", self.map, at, 0)
                return out
            got = self.locked(body)
            if got or time.monotonic() > deadline:
                return got
            time.sleep(0.001)


def peer(path):
    names = Registry(path)
    names.add("Base1")
    names.send_to("Base0", "hello from Base1")
    while True:
        got = names.read_messages("Base1")
        if not got:
            return 1
        for question in got:
            if question == "bye":
                names.send_to("Base0", "bye from Base1")
                names.release("Base1")
                return 0
            a, b = question[len("what is "):].split(" x ")
            names.send_to("Base0", str(int(a) * int(b)))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "peer":
        sys.exit(peer(sys.argv[2]))
    path = ("/dev/shm" if os.access("/dev/shm", os.W_OK) else "/tmp") + f"/klass-example-py-{os.getpid()}"
    names = Registry(path, create=True)
    names.add("Base0")
    print("Base0 is in the registry file; starting the second program")
    other = subprocess.Popen([sys.executable, __file__, "peer", path])

    def receive():
        for text in names.read_messages("Base0"):
            print("Base0 got:", text, flush=True)

    receive()
    print("names in the file:", " ".join(names.names()))
    for question in ("what is 6 x 7", "what is 12 x 12"):
        print("Base0 asks Base1:", question)
        names.send_to("Base1", question)
        receive()
    names.send_to("Base1", "bye")
    receive()
    print("the second program exited with", other.wait())
    print("names in the file:", " ".join(names.names()))
    os.unlink(path)


if __name__ == "__main__":
    main()
