// The container, iteration, call, text and with protocols (Lib/test/test_iter.py,
// test_class.py, test_contextlib's with semantics): len and truth, the sequence
// protocol ending at IndexError, __iter__/__next__ ending at StopIteration, `in`
// by __contains__ or by iteration, o(...) from __call__, repr/str/format, the
// with statement's __exit__ suppressing an exception, __del__ once.
#include <cstddef>
#include <exception>
#include <string>
#include <vector>

#include <klass/klass.hpp>

#include "print.hpp"

using namespace klass::literals;
using differential::attempt;
using differential::print;

// Python's list repr of strings or ints.
template <class Range>
std::string list_repr(Range&& range) {
  std::string out = "[";
  for (const auto& item : range) {
    if (out.size() > 1) out += ", ";
    if constexpr (std::is_convertible_v<decltype(item), std::string>)
      out += "'" + std::string(item) + "'";
    else
      out += std::to_string(item);
  }
  return out + "]";
}

struct Deck {
  static constexpr auto dict = klass::dict(
      "cards"_a = klass::field<std::vector<std::string>>,
      "__init__"_a = [](auto& self) { klass::setattr(self, "cards"_a, std::vector<std::string>{"A", "K", "Q"}); },
      "__len__"_a = [](auto& self) { return klass::getattr(self, "cards"_a).size(); },
      "__getitem__"_a =
          [](auto& self, std::ptrdiff_t i) {
            print("getitem", i);
            auto& cards = klass::getattr(self, "cards"_a);
            if (i >= static_cast<std::ptrdiff_t>(cards.size())) throw klass::index_error("list index out of range");
            return cards[static_cast<std::size_t>(i)];
          },
      "__setitem__"_a =
          [](auto& self, std::ptrdiff_t i, std::string card) {
            klass::getattr(self, "cards"_a)[static_cast<std::size_t>(i)] = card;
          },
      "__delitem__"_a = [](auto& self, std::ptrdiff_t i) {
        auto& cards = klass::getattr(self, "cards"_a);
        cards.erase(cards.begin() + i);
      });
};

struct Countdown {
  static constexpr auto dict = klass::dict(
      "n"_a = klass::field<int>, "__init__"_a = [](auto& self, int n) { klass::setattr(self, "n"_a, n); },
      "__iter__"_a = [](auto& self) -> auto& { return self; },
      "__next__"_a = [](auto& self) {
        auto n = klass::getattr(self, "n"_a);
        if (n == 0) throw klass::stop_iteration();
        klass::setattr(self, "n"_a, n - 1);
        return n - 1;
      });
};
struct Evens {
  static constexpr auto dict = klass::dict("__contains__"_a = [](auto&, int x) { return x % 2 == 0; });
};
struct Empty {
  static constexpr auto dict = klass::dict("__bool__"_a = [](auto&) { return false; });
};
struct Adder {
  static constexpr auto dict = klass::dict(
      "k"_a = klass::field<int>, "__init__"_a = [](auto& self, int k) { klass::setattr(self, "k"_a, k); },
      "__call__"_a = [](auto& self, int x, int y = 0) { return x + y + klass::getattr(self, "k"_a); });
};
struct Point {
  static constexpr auto dict = klass::dict(
      "x"_a = klass::field<int>, "y"_a = klass::field<int>,
      "__init__"_a =
          [](auto& self, int x, int y) {
            klass::setattr(self, "x"_a, x);
            klass::setattr(self, "y"_a, y);
          },
      "__repr__"_a =
          [](auto& self) {
            return "Point(" + std::to_string(klass::getattr(self, "x"_a)) + ", " +
                   std::to_string(klass::getattr(self, "y"_a)) + ")";
          },
      "__format__"_a = [](auto&, std::string_view spec) { return "<" + std::string(spec) + ">"; });
};
struct Named {
  using bases = klass::bases<Point>;
  static constexpr auto dict = klass::dict("__str__"_a = [](auto& self) { return "a point named " + klass::repr(self); });
};

struct Manager {
  static constexpr auto dict = klass::dict(
      "suppress"_a = klass::field<bool>,
      "__init__"_a = [](auto& self, bool suppress) { klass::setattr(self, "suppress"_a, suppress); },
      "__enter__"_a =
          [](auto&) {
            print("enter");
            return std::string("value");
          },
      "__exit__"_a = [](auto& self, std::exception_ptr error) {
        if (!error) {
          print("exit", "clean");
        } else {
          try {
            std::rethrow_exception(error);
          } catch (const klass::base_exception& e) {
            print("exit", "with " + std::string(e.python_name()));
          }
        }
        return klass::getattr(self, "suppress"_a);
      });
};
struct Closing {
  static constexpr auto dict = klass::dict(
      "__enter__"_a = [](auto&) -> int { throw klass::runtime_error("enter failed"); },
      "__exit__"_a = [](auto&, std::exception_ptr) { print("never"); });
};
struct Tracked {
  static constexpr auto dict = klass::dict("__del__"_a = [](auto&) { print("Tracked.__del__"); });
};

int main() {
  auto d = klass::cls<Deck>();
  const auto first = std::string(d[0]);
  print(klass::len(d), static_cast<bool>(d), first);
  d[2] = std::string("J");
  print(list_repr(d));  // the sequence protocol: d[0], d[1], ... IndexError
  const bool has_j = klass::contains(d, std::string("J"));  // no __contains__: a search by iteration
  const bool has_q = klass::contains(d, std::string("Q"));
  print(has_j, has_q);
  klass::delitem(d, 0);
  klass::delitem(d, 0);
  klass::delitem(d, 0);
  print(klass::len(d), static_cast<bool>(d));

  constexpr auto CD = klass::cls<Countdown>;
  print(list_repr(CD(3)), klass::contains(CD(3), 1), klass::contains(CD(3), 5));
  print(klass::contains(klass::cls<Evens>(), 4), klass::contains(klass::cls<Evens>(), 3));
  print(static_cast<bool>(klass::cls<Empty>()), static_cast<bool>(klass::cls<Adder>(1)), klass::cls<Adder>(10)(1),
        klass::cls<Adder>(10)(1, 2));

  auto p = klass::cls<Point>(1, 2);
  print(p, klass::repr(p), klass::str(p), klass::format(p, "xy"), klass::cls<Named>(3, 4));
  attempt([] { klass::format(klass::cls<Empty>(), "x"); });

  constexpr auto M = klass::cls<Manager>;
  klass::with(M(false), [](const std::string& v) { print("body", v); });
  klass::with(M(true), [] { throw klass::key_error("'k'"); });
  print("suppressed");
  attempt([&] { klass::with(M(false), [] { throw klass::value_error("boom"); }); });
  attempt([] { klass::with(klass::cls<Closing>(), [] { print("never"); }); });

  {
    auto t = klass::cls<Tracked>();
    auto t2 = t;
    t = {};  // del t
    print("one reference left");
  }  // del t2
  print("end");
}
