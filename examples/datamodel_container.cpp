// A container class: len, indexing and item assignment, `in`, iteration with
// range-for and with the standard algorithms (docs/datamodel.md).
#include <algorithm>
#include <iostream>
#include <iterator>
#include <numeric>
#include <ranges>
#include <string>
#include <vector>

#include <klass/klass.hpp>

using namespace klass::literals;

struct Playlist {
  static constexpr auto dict = klass::dict(
      "songs"_a = klass::field<std::vector<std::string>>,
      "__init__"_a = [](auto& self, auto... songs) { klass::setattr(self, "songs"_a, std::vector<std::string>{songs...}); },
      "__len__"_a = [](auto& self) { return klass::getattr(self, "songs"_a).size(); },
      "__getitem__"_a = [](auto& self, std::size_t i) -> auto& { return klass::getattr(self, "songs"_a).at(i); },
      "__setitem__"_a = [](auto& self, std::size_t i, std::string song) { klass::getattr(self, "songs"_a).at(i) = song; },
      // a C++ range: what iter(a_list) is to Python (iterated in place)
      "__iter__"_a = [](auto& self) -> auto& { return klass::getattr(self, "songs"_a); },
      "__contains__"_a = [](auto& self, const std::string& song) {
        return std::ranges::find(klass::getattr(self, "songs"_a), song) != klass::getattr(self, "songs"_a).end();
      });
};

static_assert(std::ranges::input_range<klass::ref<Playlist>>);

const char* py(bool b) { return b ? "True" : "False"; }

int main() {
  auto p = klass::cls<Playlist>("intro", "theme", "coda");
  std::cout << klass::len(p) << ' ' << p[1].get() << ' ' << py(klass::contains(p, std::string("theme"))) << ' '
            << py(klass::contains(p, std::string("bonus"))) << '\n';
  p[2] = "finale";
  for (const std::string& song : p) std::cout << "- " << song << '\n';
  std::size_t letters = 0;
  std::ranges::for_each(p, [&](const std::string& s) { letters += s.size(); });
  std::vector<std::string> with_e;
  std::ranges::copy_if(p, std::back_inserter(with_e), [](const std::string& s) { return s.find('e') != s.npos; });
  std::string list = "[";
  for (const auto& s : with_e) list += (list.size() > 1 ? ", '" : "'") + s + "'";
  std::string longest;
  for (const std::string& s : p)
    if (s.size() > longest.size()) longest = s;
  std::cout << letters << ' ' << list << "] " << longest << '\n';
}
