// klass/runtime/shared_registry.hpp: a registry file that unrelated processes open by path; permissions, the
// layout check, two independently started processes talking, and a peer SIGKILLed while it changes the table.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <klass/runtime/shared_registry.hpp>

#include "runtime_support.hpp"

extern char** environ;

namespace rt = klass::runtime;
using rt::shared_registry;
using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

namespace {

// A fresh path under /dev/shm (or /tmp), removed at the end of the test.
struct temporary_path {
  temporary_path() {
    static int serial = 0;
    const char* dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    path = std::string(dir) + "/klass-test-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
    ::unlink(path.c_str());
  }
  ~temporary_path() { ::unlink(path.c_str()); }
  std::string path;
};

mode_t mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

std::string open_error(const std::string& path) {
  try {
    (void)shared_registry::open(path);
  } catch (const rt::registry_file_error& e) {
    return e.what();
  }
  return "(opened)";
}

void write_file(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  ::close(fd);
}

void patch_u32(const std::string& path, off_t offset, std::uint32_t value) {
  const int fd = ::open(path.c_str(), O_WRONLY);
  REQUIRE(fd >= 0);
  REQUIRE(::pwrite(fd, &value, sizeof value, offset) == static_cast<ssize_t>(sizeof value));
  ::close(fd);
}

// This very test program, started again (posix_spawn of /proc/self/exe: a new
// program sharing no memory with this one) to run only the skipped test case
// "shared registry peer", in `mode`, on the registry at `path`. Killed and
// reaped when this goes.
class peer {
 public:
  peer(const std::string& mode, const std::string& path) {
    std::vector<std::string> env_text = {"KLASS_PEER_MODE=" + mode, "KLASS_PEER_PATH=" + path};
    std::vector<char*> env;
    for (char** e = environ; *e != nullptr; ++e)
      if (std::strncmp(*e, "KLASS_PEER_", 11) != 0) env.push_back(*e);
    for (auto& e : env_text) env.push_back(e.data());
    env.push_back(nullptr);
    std::string exe = "/proc/self/exe", no_skip = "--no-skip=true", only = "--test-case=shared registry peer",
                quiet = "--no-version=true";
    char* argv[] = {exe.data(), no_skip.data(), only.data(), quiet.data(), nullptr};
    REQUIRE(::posix_spawn(&pid_, exe.c_str(), nullptr, nullptr, argv, env.data()) == 0);
  }
  peer(const peer&) = delete;
  peer& operator=(const peer&) = delete;
  ~peer() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      reap();
    }
  }
  pid_t pid() const { return pid_; }
  // Its exit status (128 + signal if killed); waits at most `patience`, then kills it.
  int wait(std::chrono::seconds patience = 60s) {
    const auto until = steady::now() + patience;
    int status = 0;
    for (;;) {
      const pid_t got = ::waitpid(pid_, &status, WNOHANG);
      if (got == pid_) break;
      if (got < 0 && errno != EINTR) return -1;
      if (steady::now() > until) {
        ::kill(pid_, SIGKILL);
        return reap();
      }
      std::this_thread::sleep_for(2ms);
    }
    pid_ = 0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  int kill() {
    ::kill(pid_, SIGKILL);
    return reap();
  }

 private:
  int reap() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = 0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  pid_t pid_ = 0;
};

}  // namespace

// The other program of the two-process tests (skipped unless started by `peer`).
TEST_CASE("shared registry peer" * doctest::skip()) {
  const char* mode = std::getenv("KLASS_PEER_MODE");
  const char* path = std::getenv("KLASS_PEER_PATH");
  REQUIRE(mode != nullptr);
  REQUIRE(path != nullptr);
  shared_registry names = shared_registry::open(path);
  if (std::string(mode) == "talk") {
    // Base1 says hello to Base0, waits for the reply, answers it.
    rt::mailbox mine = names.add("Base1");
    REQUIRE(names.send_to("Base0", "hello from Base1", 20s));
    CHECK(mine.read_all(20s) == std::vector<std::string>{"how are you, Base1?"});
    REQUIRE(names.send_to("Base0", "fine, thank you", 20s));
  } else if (std::string(mode) == "churn") {
    // Adds and releases a name and sends numbered messages, until killed.
    rt::mailbox base0 = names.find("Base0");
    for (int i = 0, sent = 0;; ++i) {
      const std::string name = "Churn" + std::to_string(i % 3);
      names.add(name);
      if (base0.try_send("churn:" + std::to_string(sent))) ++sent;
      names.release(name);
    }
  }
}

TEST_CASE("a registry file is created 0600 unless asked otherwise, whatever the umask") {
  temporary_path a, b;
  const mode_t saved = ::umask(0);
  shared_registry first = shared_registry::create(a.path);
  ::umask(0077);
  rt::shared_registry_options group;
  group.mode = 0640;
  shared_registry second = shared_registry::create(b.path, group);
  ::umask(saved);
  CHECK(mode_of(a.path) == 0600);
  CHECK(mode_of(b.path) == 0640);
  CHECK_THROWS_AS((void)shared_registry::create(a.path), rt::registry_file_error);
  // open_or_create of an existing file takes the file's own sizes.
  rt::shared_registry_options other;
  other.slots = 3;
  CHECK(shared_registry::open_or_create(a.path, other).slots() == 64);
  temporary_path c;
  CHECK(shared_registry::open_or_create(c.path, other).slots() == 3);
  CHECK(mode_of(c.path) == 0600);
}

TEST_CASE("names and mailboxes live in the file: two openings see one registry") {
  temporary_path file;
  rt::shared_registry_options options;
  options.slots = 4;
  options.memory_size = 1000;
  shared_registry one = shared_registry::create(file.path, options);
  shared_registry two = shared_registry::open(file.path);
  CHECK(two.slots() == 4);
  CHECK(two.memory_size() == 1024);  // rounded up to 64
  rt::mailbox base0 = one.add("Base0");
  CHECK(base0.capacity() == 1024 - rt::mailbox::header_bytes);
  two.send_to("Base0", "this is a test message!");
  two.send_to("Base0", std::string("a\0b", 3));
  CHECK(one.read_messages("Base0") == std::vector<std::string>{"this is a test message!", std::string("a\0b", 3)});
  CHECK(two.contains("Base0"));
  CHECK(two.owner_pid("Base0") == ::getpid());
  CHECK(two.names() == std::vector<std::string>{"Base0"});
  CHECK_THROWS_AS(two.add("Base0"), rt::duplicate_name);
  CHECK_THROWS_AS(two.send_to("Base9", "x"), rt::unknown_name);
  CHECK_THROWS_AS(two.add(std::string(56, 'n')), std::invalid_argument);
  CHECK_THROWS_AS(two.send_to("Base0", std::string(2000, 'x')), rt::message_too_large);
  two.add("Base1");
  two.add("Base2");
  two.add("Base3");
  CHECK_THROWS_WITH_AS(two.add("Base4"),
                       ("klass: cannot add 'Base4' to the shared registry " + file.path + ": all 4 names are taken").c_str(),
                       rt::registry_full);
  // Released: the name is free, its messages dropped; added again, an empty mailbox.
  one.send_to("Base1", "left behind");
  one.release("Base1");
  CHECK(!two.contains("Base1"));
  CHECK_THROWS_AS(two.release("Base1"), rt::unknown_name);
  CHECK(two.add("Base4").read_all().empty());
  CHECK(two.wait_for("Base1", 10ms) == std::nullopt);
  CHECK(two.wait_for("Base4", 10ms).has_value());
}

TEST_CASE("a file this klass cannot read is refused with a clear error, never misread") {
  temporary_path file;
  write_file(file.path, "hello, I am a text file and not a registry at all, with more than a header's worth of bytes. "
                        "More text here to get past one hundred and twenty-eight bytes, so the magic is what fails.");
  CHECK(open_error(file.path) == "klass: " + file.path + ": not a klass registry file (it does not begin with KLASSREG)");
  write_file(file.path, "short");
  CHECK(open_error(file.path) == "klass: " + file.path + ": not a klass registry file (5 bytes, shorter than its header)");
  ::unlink(file.path.c_str());
  CHECK(open_error(file.path).find("cannot open: No such file or directory") != std::string::npos);

  (void)shared_registry::create(file.path);
  patch_u32(file.path, 8, 0);  // an older layout
  CHECK(open_error(file.path) == "klass: " + file.path +
                                     ": a klass registry of layout version 0; this klass reads version 1 only (remove "
                                     "the file, or open it with the klass that made it)");
  patch_u32(file.path, 8, 2);  // a newer one
  CHECK(open_error(file.path).find("layout version 2; this klass reads version 1 only") != std::string::npos);
  patch_u32(file.path, 8, shared_registry::layout_version);
  CHECK(open_error(file.path) == "(opened)");
  patch_u32(file.path, 12, 0x04030201);
  CHECK(open_error(file.path).find("another byte order") != std::string::npos);
  patch_u32(file.path, 12, 0x01020304);
  patch_u32(file.path, 24, 65);  // slots disagreeing with the sizes
  CHECK(open_error(file.path) ==
        "klass: " + file.path + ": a damaged klass registry (its header disagrees with its sizes)");
  patch_u32(file.path, 24, 64);
  REQUIRE(::truncate(file.path.c_str(), 8192) == 0);
  CHECK(open_error(file.path).find("a truncated klass registry (8192 bytes; its header says") != std::string::npos);
}

TEST_CASE("two independently started processes talk through the file, by name, blocking") {
  temporary_path file;
  shared_registry names = shared_registry::create(file.path);
  rt::mailbox base0 = names.add("Base0");
  peer other("talk", file.path);
  CHECK(base0.read_all(30s) == std::vector<std::string>{"hello from Base1"});
  REQUIRE(names.wait_for("Base1", 30s).has_value());  // it added Base1 before it sent
  CHECK(names.owner_pid("Base1") == other.pid());
  CHECK(names.send_to("Base1", "how are you, Base1?", 30s));
  CHECK(base0.read_all(30s) == std::vector<std::string>{"fine, thank you"});
  CHECK(other.wait() == 0);
}

TEST_CASE("a peer killed at random points while it adds, releases and sends: the file stays whole and usable") {
  temporary_path file;
  rt::shared_registry_options options;
  options.slots = 8;
  options.memory_size = 64 * 1024;
  shared_registry names = shared_registry::create(file.path, options);
  rt::mailbox base0 = names.add("Base0");
  std::mt19937 random(3);
#ifdef KLASS_TEST_SANITIZED
  constexpr int rounds = 4;
#else
  constexpr int rounds = 8;
#endif
  int bad = 0, received = 0;
  double worst = 0;
  for (int round = 0; round != rounds; ++round) {
    peer churn("churn", file.path);
    // Let it start (it shows itself by its first message), then kill it at a random point.
    REQUIRE(base0.wait(30s));
    std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 20'000)(random)));
    CHECK(churn.kill() == 128 + SIGKILL);

    const auto start = steady::now();
    const auto left = names.names();  // the table's lock, taken over if the peer held it
    names.add("After");
    names.release("After");
    REQUIRE(base0.send("probe", 10s));
    const auto got = base0.read_all(10s);
    worst = std::max(worst, std::chrono::duration<double>(steady::now() - start).count());
    for (const auto& name : left) bad += name != "Base0" && name.rfind("Churn", 0) != 0;
    for (const auto& name : left)
      if (name != "Base0") names.release(name);  // what the dead peer held
    REQUIRE(!got.empty());
    CHECK(got.back() == "probe");
    for (std::size_t k = 0; k + 1 < got.size(); ++k) bad += got[k] != "churn:" + std::to_string(k);
    received += static_cast<int>(got.size()) - 1;
  }
  CHECK(bad == 0);
  CHECK(received > 0);
  CHECK(worst < 5.0);
  CHECK(names.names() == std::vector<std::string>{"Base0"});
}
