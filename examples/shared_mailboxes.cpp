// Two programs talking through mailboxes that live in a file (beyond the seed:
// the seed's Component_Resolve reaches only its own process). This program
// creates a registry file and the name "Base0", then starts a second program
// — itself, run again with the argument "peer", sharing no memory with this
// one — which opens the file by its path, adds "Base1", and talks to "Base0"
// by name. Every receive sleeps in the futex until a message arrives (no
// polling); every wait has a timeout. Only this program prints, so the output
// is the same at every run. examples/python/shared_mailboxes.py is the same in Python 3.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <klass/runtime/shared_registry.hpp>

namespace rt = klass::runtime;
using namespace std::chrono_literals;

// The second program: Base1.
int peer(const std::string& path) {
  rt::shared_registry names = rt::shared_registry::open(path);
  rt::mailbox mine = names.add("Base1");
  names.send_to("Base0", "hello from Base1", 10s);
  for (;;) {
    const std::vector<std::string> got = mine.read_all(10s);
    if (got.empty()) return 1;  // nobody spoke for 10 s
    for (const std::string& question : got) {
      if (question == "bye") {
        names.send_to("Base0", "bye from Base1", 10s);
        names.release("Base1");
        return 0;
      }
      const auto x = question.find(" x ");
      const int product = std::stoi(question.substr(8, x - 8)) * std::stoi(question.substr(x + 3));
      names.send_to("Base0", std::to_string(product), 10s);
    }
  }
}

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "peer") return peer(argv[2]);

  const std::string path = (::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") +
                           std::string("/klass-example-") + std::to_string(::getpid());
  rt::shared_registry names = rt::shared_registry::create(path);  // 0600, 64 names of 4 KiB
  rt::mailbox base0 = names.add("Base0");
  std::cout << "Base0 is in the registry file; starting the second program\n";

  std::string exe = "/proc/self/exe", mode = "peer", where = path;
  char* peer_argv[] = {exe.data(), mode.data(), where.data(), nullptr};
  pid_t pid = 0;
  if (::posix_spawn(&pid, exe.c_str(), nullptr, nullptr, peer_argv, nullptr) != 0) return 1;

  auto receive = [&] {
    const std::vector<std::string> got = base0.read_all(10s);  // sleeps until a message arrives
    for (const std::string& text : got) std::cout << "Base0 got: " << text << '\n';
    return got;
  };
  auto show_names = [&] {
    std::cout << "names in the file:";
    for (const std::string& name : names.names()) std::cout << ' ' << name;
    std::cout << '\n';
  };
  receive();  // "hello from Base1"
  show_names();
  for (const char* question : {"what is 6 x 7", "what is 12 x 12"}) {
    std::cout << "Base0 asks Base1: " << question << '\n';
    names.send_to("Base1", question, 10s);
    receive();
  }
  names.send_to("Base1", "bye", 10s);
  receive();

  int status = 0;
  ::waitpid(pid, &status, 0);
  std::cout << "the second program exited with " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << '\n';
  show_names();
  rt::shared_registry::remove(path);
}
