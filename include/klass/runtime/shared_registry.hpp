// klass/runtime/shared_registry.hpp — names and mailboxes in one file that unrelated processes open by path: a registry across programs.
// Copyright 2026 the klass authors. Distributed under the Boost Software License,
// Version 1.0 (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
#ifndef KLASS_RUNTIME_SHARED_REGISTRY_HPP
#define KLASS_RUNTIME_SHARED_REGISTRY_HPP

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <klass/runtime/errors.hpp>
#include <klass/runtime/futex.hpp>
#include <klass/runtime/mailbox.hpp>

// The file (docs/runtime.md, "The shared registry"), native byte order:
//
//   offset 0    char[8] magic "KLASSREG"
//          8    u32 layout version (shared_registry::layout_version)
//         12    u32 byte-order mark 0x01020304
//         16    u32 header bytes (128)     20  u32 slot bytes (64)
//         24    u64 slots                  32  u64 memory_size of each mailbox (a multiple of 64)
//         40    u64 offset of the mailboxes (a multiple of the page size)
//         48    u64 file size
//         56    u32 lock: a robust_lock over the slot table
//         60    u32 changes: futex word, +1 at every name added or released
//         64    u32 sleepers on `changes`
//        128    slots × 64 bytes: u32 state (0 free, 1 taken), u32 pid of the process that
//               added the name, u8 name length, char name[55]
//   mailboxes   slots × memory_size: slot i's mailbox (mailbox.hpp's layout)
//
// A file is born whole: the creator writes it under a temporary name and
// link()s it into place, so no process ever opens a half-written registry;
// two creators racing for one path end with one file (the loser opens it).
// Every change of the table is one store of a slot's state under the robust
// lock, so a process killed anywhere leaves the table and every mailbox
// consistent, and the next user goes on at once.

namespace klass::runtime {

// A file that is not a registry this klass can read (foreign, older or newer layout,
// truncated), or a file operation that failed. Names the path and what is wrong.
class registry_file_error : public std::runtime_error {
 public:
  registry_file_error(std::string path, const std::string& what)
      : std::runtime_error("klass: " + path + ": " + what), path_(std::move(path)) {}
  [[nodiscard]] const std::string& path() const noexcept { return path_; }

 private:
  std::string path_;
};

// Every slot of a shared registry is taken.
class registry_full : public std::length_error {
 public:
  registry_full(const std::string& path, std::size_t slots, std::string_view name)
      : std::length_error("klass: cannot add " + detail::quoted(name) + " to the shared registry " + path +
                          ": all " + std::to_string(slots) + " names are taken") {}
};

struct shared_registry_options {
  std::size_t slots = 64;          // names it can hold at once
  std::size_t memory_size = 4096;  // bytes of each mailbox, rounded up to 64
  mode_t mode = 0600;              // permissions of the file, exactly (not reduced by the umask)
};

class shared_registry {
 public:
  static constexpr std::uint32_t layout_version = 1;
  static constexpr std::size_t max_name_size = 55;
  // How long an operation waits for the table's lock before it reports its
  // holder as stuck (a dead holder is replaced at once; only a live, stopped one waits).
  static constexpr std::chrono::seconds lock_patience{10};

  shared_registry(shared_registry&& other) noexcept
      : path_(std::move(other.path_)),
        map_(std::exchange(other.map_, nullptr)),
        map_bytes_(std::exchange(other.map_bytes_, 0)) {}
  shared_registry& operator=(shared_registry&& other) noexcept {
    if (this != &other) {
      unmap();
      path_ = std::move(other.path_);
      map_ = std::exchange(other.map_, nullptr);
      map_bytes_ = std::exchange(other.map_bytes_, 0);
    }
    return *this;
  }
  shared_registry(const shared_registry&) = delete;
  shared_registry& operator=(const shared_registry&) = delete;
  ~shared_registry() { unmap(); }

  // Creates a new registry file at `path` (registry_file_error if it exists or cannot be made).
  static shared_registry create(const std::string& path, const shared_registry_options& options = {}) {
    if (auto made = try_create(path, options)) return std::move(*made);
    throw registry_file_error(path, "already exists");
  }
  // Opens an existing registry file, checking its layout.
  static shared_registry open(const std::string& path) { return shared_registry(path, map_existing(path)); }
  // Opens `path` if it exists (its own sizes then apply), else creates it.
  static shared_registry open_or_create(const std::string& path, const shared_registry_options& options = {}) {
    for (int attempt = 0;; ++attempt) {
      if (auto made = try_create(path, options)) return std::move(*made);
      try {
        return open(path);
      } catch (const registry_file_error&) {
        if (attempt == 3 || ::access(path.c_str(), F_OK) == 0) throw;  // removed meanwhile: create again
      }
    }
  }
  // Removes the file (the mappings of every process stay valid until unmapped).
  static bool remove(const std::string& path) noexcept { return ::unlink(path.c_str()) == 0; }

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] std::size_t slots() const noexcept { return static_cast<std::size_t>(header().slots); }
  [[nodiscard]] std::size_t memory_size() const noexcept { return static_cast<std::size_t>(header().memory_size); }

  // Adds `name` with an empty mailbox and returns the mailbox. Throws
  // duplicate_name, registry_full, std::invalid_argument (a name longer than max_name_size).
  runtime::mailbox add(std::string_view name) {
    check_name(name);
    table_guard hold(*this);
    if (find_slot(name) != npos) throw duplicate_name(name);
    for (std::size_t i = 0; i != slots(); ++i) {
      slot& s = slot_at(i);
      if (detail::load_word(&s.state, __ATOMIC_RELAXED) != 0) continue;
      runtime::mailbox box = mailbox_at(i);
      box.clear();  // whatever a previous holder of the slot left (under the mailbox's own lock)
      s.pid = static_cast<std::uint32_t>(::getpid());
      s.name_size = static_cast<std::uint8_t>(name.size());
      std::memcpy(s.name, name.data(), name.size());
      detail::store_word(&s.state, 1u);  // the commit
      hold.changed();
      return box;
    }
    throw registry_full(path_, slots(), name);
  }

  // Releases `name` (unknown_name if absent); its waiting messages are dropped.
  void release(std::string_view name) {
    table_guard hold(*this);
    const std::size_t i = find_slot(name);
    if (i == npos) throw unknown_name(name);
    detail::store_word(&slot_at(i).state, 0u);  // the commit
    mailbox_at(i).clear();
    hold.changed();
  }

  // The mailbox named `name` (unknown_name); valid while this object lives.
  [[nodiscard]] runtime::mailbox find(std::string_view name) const {
    if (auto box = try_find(name)) return *box;
    throw unknown_name(name);
  }
  [[nodiscard]] std::optional<runtime::mailbox> try_find(std::string_view name) const {
    table_guard hold(*this);
    const std::size_t i = find_slot(name);
    if (i == npos) return std::nullopt;
    return mailbox_at(i);
  }
  [[nodiscard]] bool contains(std::string_view name) const { return try_find(name).has_value(); }

  // Sleeps until `name` is added (its mailbox) or `timeout` passes (nullopt).
  [[nodiscard]] std::optional<runtime::mailbox> wait_for(std::string_view name, mailbox::duration timeout) const {
    const detail::deadline until = detail::deadline::after(timeout);
    for (;;) {
      std::uint32_t seen = 0;
      {
        table_guard hold(*this);
        const std::size_t i = find_slot(name);
        if (i != npos) return mailbox_at(i);
        seen = detail::load_word(&header().changes, __ATOMIC_RELAXED);
        __atomic_fetch_add(&header().sleepers, 1u, __ATOMIC_RELAXED);
      }
      if (!until.passed()) detail::futex_wait(&header().changes, seen, until);
      __atomic_fetch_sub(&header().sleepers, 1u, __ATOMIC_RELAXED);
      if (until.passed()) {
        table_guard hold(*this);
        const std::size_t i = find_slot(name);
        return i == npos ? std::nullopt : std::optional<runtime::mailbox>(mailbox_at(i));
      }
    }
  }

  // The seed's calls, by name. send_to throws unknown_name, message_too_large.
  void send_to(std::string_view name, std::string_view message) const { find(name).send(message, name); }
  bool send_to(std::string_view name, std::string_view message, mailbox::duration timeout) const {
    return find(name).send(message, timeout, name);
  }
  [[nodiscard]] std::vector<std::string> read_messages(std::string_view name) const { return find(name).read_all(); }
  [[nodiscard]] std::vector<std::string> wait_messages(std::string_view name, mailbox::duration timeout) const {
    return find(name).read_all(timeout);
  }

  // The names, in slot order; and the pid of the process that added one (0 if absent).
  [[nodiscard]] std::vector<std::string> names() const {
    std::vector<std::string> out;
    table_guard hold(*this);
    for (std::size_t i = 0; i != slots(); ++i) {
      const slot& s = slot_at(i);
      if (detail::load_word(&s.state, __ATOMIC_RELAXED) != 0) out.emplace_back(s.name, s.name_size);
    }
    return out;
  }
  [[nodiscard]] pid_t owner_pid(std::string_view name) const {
    table_guard hold(*this);
    const std::size_t i = find_slot(name);
    return i == npos ? 0 : static_cast<pid_t>(slot_at(i).pid);
  }

 private:
  static constexpr char magic[8] = {'K', 'L', 'A', 'S', 'S', 'R', 'E', 'G'};
  static constexpr std::uint32_t byte_order_mark = 0x01020304u;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  struct file_header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t byte_order;
    std::uint32_t header_bytes;
    std::uint32_t slot_bytes;
    std::uint64_t slots;
    std::uint64_t memory_size;
    std::uint64_t mailboxes_offset;
    std::uint64_t file_size;
    std::uint32_t lock;
    std::uint32_t changes;
    std::uint32_t sleepers;
    std::uint32_t reserved[15];
  };
  static_assert(sizeof(file_header) == 128);
  struct slot {
    std::uint32_t state;
    std::uint32_t pid;
    std::uint8_t name_size;
    char name[max_name_size];
  };
  static_assert(sizeof(slot) == 64);

  struct mapping {
    void* base = nullptr;
    std::size_t bytes = 0;
  };

  class table_guard {
   public:
    explicit table_guard(const shared_registry& r) : r_(r) {
      if (!robust_lock(r.header().lock).lock(detail::deadline::after(lock_patience)))
        throw registry_file_error(r.path_, "its lock has been held for " + std::to_string(lock_patience.count()) +
                                               " s by process " + std::to_string(robust_lock(r.header().lock).owner()) +
                                               ", alive but not letting go");
    }
    table_guard(const table_guard&) = delete;
    table_guard& operator=(const table_guard&) = delete;
    void changed() noexcept {
      std::uint32_t* word = &r_.header().changes;
      detail::store_word(word, detail::load_word(word, __ATOMIC_RELAXED) + 1);
      wake_ = detail::load_word(&r_.header().sleepers, __ATOMIC_RELAXED) != 0;
    }
    ~table_guard() {
      robust_lock(r_.header().lock).unlock();
      if (wake_) detail::futex_wake_all(&r_.header().changes);
    }

   private:
    const shared_registry& r_;
    bool wake_ = false;
  };

  shared_registry(std::string path, mapping m) : path_(std::move(path)), map_(m.base), map_bytes_(m.bytes) {}

  void unmap() noexcept {
    if (map_ != nullptr) ::munmap(map_, map_bytes_);
    map_ = nullptr;
  }

  file_header& header() const noexcept { return *static_cast<file_header*>(map_); }
  slot& slot_at(std::size_t i) const noexcept {
    return reinterpret_cast<slot*>(static_cast<std::byte*>(map_) + sizeof(file_header))[i];
  }
  runtime::mailbox mailbox_at(std::size_t i) const {
    const file_header& h = header();
    std::byte* at = static_cast<std::byte*>(map_) + h.mailboxes_offset + i * h.memory_size;
    return runtime::mailbox(std::span<std::byte>(at, static_cast<std::size_t>(h.memory_size)));
  }
  // Under the table lock.
  std::size_t find_slot(std::string_view name) const noexcept {
    if (name.size() > max_name_size) return npos;
    for (std::size_t i = 0; i != slots(); ++i) {
      const slot& s = slot_at(i);
      if (detail::load_word(&s.state, __ATOMIC_RELAXED) != 0 && s.name_size == name.size() &&
          std::memcmp(s.name, name.data(), name.size()) == 0)
        return i;
    }
    return npos;
  }
  static void check_name(std::string_view name) {
    if (name.size() > max_name_size)
      throw std::invalid_argument("klass: the name " + detail::quoted(name) + " is too long for a shared registry (" +
                                  std::to_string(name.size()) + " bytes; at most " + std::to_string(max_name_size) +
                                  ")");
  }

  static std::size_t page() noexcept { return static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)); }

  [[noreturn]] static void fail(const std::string& path, const std::string& what, int error) {
    throw registry_file_error(path, what + ": " + std::strerror(error));
  }

  // The layout for these options, or a refusal (invalid_argument).
  static file_header layout_for(const shared_registry_options& o) {
    if (o.slots == 0 || o.slots > (std::size_t{1} << 20))
      throw std::invalid_argument("klass: a shared registry holds 1 to 1048576 names, not " + std::to_string(o.slots));
    if (o.memory_size < mailbox::header_bytes || o.memory_size > (std::size_t{1} << 30))
      throw std::invalid_argument("klass: a shared registry's memory_size must be 32 bytes to 1 GiB, not " +
                                  std::to_string(o.memory_size));
    file_header h{};
    std::memcpy(h.magic, magic, sizeof magic);
    h.version = layout_version;
    h.byte_order = byte_order_mark;
    h.header_bytes = sizeof(file_header);
    h.slot_bytes = sizeof(slot);
    h.slots = o.slots;
    h.memory_size = (o.memory_size + 63) / 64 * 64;
    const std::size_t table_end = sizeof(file_header) + o.slots * sizeof(slot);
    h.mailboxes_offset = (table_end + page() - 1) / page() * page();
    h.file_size = h.mailboxes_offset + h.slots * h.memory_size;
    return h;
  }

  // Writes a whole file under a temporary name, then links it to `path`;
  // nullopt if `path` exists already.
  static std::optional<shared_registry> try_create(const std::string& path, const shared_registry_options& o) {
    const file_header h = layout_for(o);
    static std::atomic<unsigned> serial{0};
    const std::string temporary =
        path + ".klass-new." + std::to_string(::getpid()) + "." + std::to_string(serial.fetch_add(1));
    const int fd = ::open(temporary.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, o.mode);
    if (fd < 0) fail(path, "cannot create " + temporary, errno);
    struct closer {
      int fd;
      const std::string& name;
      ~closer() {
        ::close(fd);
        ::unlink(name.c_str());
      }
    } hold{fd, temporary};
    if (::fchmod(fd, o.mode) != 0) fail(path, "fchmod", errno);
    if (::ftruncate(fd, static_cast<off_t>(h.file_size)) != 0) fail(path, "ftruncate", errno);
    void* base = ::mmap(nullptr, static_cast<std::size_t>(h.file_size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (base == MAP_FAILED) fail(path, "mmap", errno);
    std::memcpy(base, &h, sizeof h);  // the rest is zero: free slots, empty mailboxes
    shared_registry made(path, {base, static_cast<std::size_t>(h.file_size)});
    if (::link(temporary.c_str(), path.c_str()) != 0) {
      if (errno == EEXIST) return std::nullopt;
      fail(path, "link", errno);
    }
    return made;
  }

  static mapping map_existing(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open", errno);
    struct closer {
      int fd;
      ~closer() { ::close(fd); }
    } hold{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) fail(path, "fstat", errno);
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size < sizeof(file_header))
      throw registry_file_error(path, "not a klass registry file (" + std::to_string(size) +
                                          " bytes, shorter than its header)");
    file_header h{};
    if (::pread(fd, &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h)) fail(path, "read", errno);
    if (std::memcmp(h.magic, magic, sizeof magic) != 0)
      throw registry_file_error(path, "not a klass registry file (it does not begin with KLASSREG)");
    if (h.byte_order != byte_order_mark)
      throw registry_file_error(path, "a klass registry written with another byte order");
    if (h.version != layout_version)
      throw registry_file_error(path, "a klass registry of layout version " + std::to_string(h.version) +
                                          "; this klass reads version " + std::to_string(layout_version) +
                                          " only (remove the file, or open it with the klass that made it)");
    shared_registry_options o;
    o.slots = static_cast<std::size_t>(std::min<std::uint64_t>(h.slots, std::size_t{1} << 21));
    o.memory_size = static_cast<std::size_t>(std::min<std::uint64_t>(h.memory_size, std::size_t{1} << 31));
    file_header expected{};
    try {
      expected = layout_for(o);
    } catch (const std::invalid_argument&) {
      throw registry_file_error(path, "a damaged klass registry (" + std::to_string(h.slots) + " slots of " +
                                          std::to_string(h.memory_size) + " bytes)");
    }
    if (h.header_bytes != expected.header_bytes || h.slot_bytes != expected.slot_bytes ||
        h.memory_size != expected.memory_size || h.mailboxes_offset != expected.mailboxes_offset ||
        h.file_size != expected.file_size)
      throw registry_file_error(path, "a damaged klass registry (its header disagrees with its sizes)");
    if (size < h.file_size)
      throw registry_file_error(path, "a truncated klass registry (" + std::to_string(size) + " bytes; its header says " +
                                          std::to_string(h.file_size) + ")");
    void* base = ::mmap(nullptr, static_cast<std::size_t>(h.file_size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (base == MAP_FAILED) fail(path, "mmap", errno);
    return {base, static_cast<std::size_t>(h.file_size)};
  }

  std::string path_;
  void* map_ = nullptr;
  std::size_t map_bytes_ = 0;
};

}  // namespace klass::runtime

#endif
