// The canonical hierarchies of the C3 literature, restated as klass classes and
// shared by mro_canonical.cpp (their exact outcomes) and mro_laws.cpp (the laws
// every class must obey). One struct per line, `using all = hierarchy<...>` last
// in each namespace: tests/check/mro_canonical_cpython.py reads this file,
// recreates every hierarchy in CPython and compares with mro_canonical.cpp.
#ifndef KLASS_TESTS_MRO_HIERARCHIES_HPP
#define KLASS_TESTS_MRO_HIERARCHIES_HPP

#include <string_view>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <klass/mro.hpp>

namespace canonical {

// Every class of a hierarchy, in definition order.
template <class... Classes>
struct hierarchy {
  static constexpr auto classes = boost::hana::tuple_t<Classes...>;
};

// M. Simionato, "The Python 2.3 Method Resolution Order", section Examples,
// "first example" (ex_5 of the paper's mro.py): O, F(O), E(O), D(O), C(D,F), B(D,E), A(B,C).
namespace simionato_first {
struct F {};
struct E {};
struct D {};
struct C { using bases = klass::bases<D, F>; };
struct B { using bases = klass::bases<D, E>; };
struct A { using bases = klass::bases<B, C>; };
using all = hierarchy<F, E, D, C, B, A>;
}  // namespace simionato_first

// Simionato, "my second example" (ex_6): the same with B(E,D) instead of B(D,E).
namespace simionato_second {
struct F {};
struct E {};
struct D {};
struct C { using bases = klass::bases<D, F>; };
struct B { using bases = klass::bases<E, D>; };
struct A { using bases = klass::bases<B, C>; };
using all = hierarchy<F, E, D, C, B, A>;
}  // namespace simionato_second

// Simionato, the "serious order disagreement" (ex_2): X(O), Y(O), A(X,Y), B(Y,X);
// a class deriving from A and B cannot be created (the paper calls it C, its script Z).
namespace simionato_disagreement {
struct X {};
struct Y {};
struct A { using bases = klass::bases<X, Y>; };
struct B { using bases = klass::bases<Y, X>; };
struct Z { using bases = klass::bases<A, B>; };
using all = hierarchy<X, Y, A, B, Z>;
}  // namespace simionato_disagreement

// Simionato, "Bad Method Resolution Orders", local precedence ordering:
// F=type('Food',(),...), E=type('Eggs',(F,),...), G=type('GoodFood',(F,E),...) is
// refused; the paper's fix derives GoodFood from (Eggs, Food), the more specific first.
namespace simionato_food {
struct Food {};
struct Eggs { using bases = klass::bases<Food>; };
struct GoodFood { using bases = klass::bases<Food, Eggs>; };
struct FixedGoodFood { using bases = klass::bases<Eggs, Food>; static constexpr std::string_view class_name = "GoodFood"; };
using all = hierarchy<Food, Eggs, GoodFood, FixedGoodFood>;
}  // namespace simionato_food

// Simionato, same section: "class C(A,A)" is refused as a duplicate base.
namespace simionato_duplicate {
struct A {};
struct C { using bases = klass::bases<A, A>; };
using all = hierarchy<A, C>;
}  // namespace simionato_duplicate

// Simionato, monotonicity: the diamond C, A(C), B(C), D(A,B).
namespace simionato_diamond {
struct C {};
struct A { using bases = klass::bases<C>; };
struct B { using bases = klass::bases<C>; };
struct D { using bases = klass::bases<A, B>; };
using all = hierarchy<C, A, B, D>;
}  // namespace simionato_diamond

// Simionato, Samuele Pedroni's example where Python 2.2 was not monotonic (ex_9):
// A..E(O), K1(A,B,C), K2(D,B,E), K3(D,A), Z(K1,K2,K3).
namespace simionato_pedroni {
struct A {};
struct B {};
struct C {};
struct D {};
struct E {};
struct K1 { using bases = klass::bases<A, B, C>; };
struct K2 { using bases = klass::bases<D, B, E>; };
struct K3 { using bases = klass::bases<D, A>; };
struct Z { using bases = klass::bases<K1, K2, K3>; };
using all = hierarchy<A, B, C, D, E, K1, K2, K3, Z>;
}  // namespace simionato_pedroni

// CPython Lib/test/test_descr.py, test_diamond_inheritance: A, B(A), C(A), D(B,C),
// E(C,B); F(D,E) and G(E,D) are "MRO order disagreement".
namespace descr_diamond {
struct A {};
struct B { using bases = klass::bases<A>; };
struct C { using bases = klass::bases<A>; };
struct D { using bases = klass::bases<B, C>; };
struct E { using bases = klass::bases<C, B>; };
struct F { using bases = klass::bases<D, E>; };
struct G { using bases = klass::bases<E, D>; };
using all = hierarchy<A, B, C, D, E, F, G>;
}  // namespace descr_diamond

// test_descr.py, test_ex5_from_c3_switch (python-dev, October 2002):
// A, B, C, X(A), Y(A), Z(X,B,Y,C).
namespace descr_ex5 {
struct A {};
struct B {};
struct C {};
struct X { using bases = klass::bases<A>; };
struct Y { using bases = klass::bases<A>; };
struct Z { using bases = klass::bases<X, B, Y, C>; };
using all = hierarchy<A, B, C, X, Y, Z>;
}  // namespace descr_ex5

// test_descr.py, test_monotonicity, after Barrett et al., "A Monotonic Superclass
// Linearization for Dylan" (OOPSLA 1996).
namespace descr_monotonicity {
struct Boat {};
struct DayBoat { using bases = klass::bases<Boat>; };
struct WheelBoat { using bases = klass::bases<Boat>; };
struct EngineLess { using bases = klass::bases<DayBoat>; };
struct SmallMultihull { using bases = klass::bases<DayBoat>; };
struct PedalWheelBoat { using bases = klass::bases<EngineLess, WheelBoat>; };
struct SmallCatamaran { using bases = klass::bases<SmallMultihull>; };
struct Pedalo { using bases = klass::bases<PedalWheelBoat, SmallCatamaran>; };
using all = hierarchy<Boat, DayBoat, WheelBoat, EngineLess, SmallMultihull, PedalWheelBoat, SmallCatamaran, Pedalo>;
}  // namespace descr_monotonicity

// test_descr.py, test_consistency_with_epg (same paper).
namespace descr_epg {
struct Pane {};
struct ScrollingMixin {};
struct EditingMixin {};
struct ScrollablePane { using bases = klass::bases<Pane, ScrollingMixin>; };
struct EditablePane { using bases = klass::bases<Pane, EditingMixin>; };
struct EditableScrollablePane { using bases = klass::bases<ScrollablePane, EditablePane>; };
using all = hierarchy<Pane, ScrollingMixin, EditingMixin, ScrollablePane, EditablePane, EditableScrollablePane>;
}  // namespace descr_epg

// test_descr.py, test_mro_disagreement: A, B(A), C; type("X", ...) with bases
// (A, A), (A, B) and (A, C, B), all refused (three classes Python calls X); then
// GridLayout, HorizontalGrid, VerticalGrid, HVGrid, VHGrid and the refused ConfusedGrid.
namespace descr_disagreement {
struct A {};
struct B { using bases = klass::bases<A>; };
struct C {};
struct XDuplicate { using bases = klass::bases<A, A>; static constexpr std::string_view class_name = "X"; };
struct XAB { using bases = klass::bases<A, B>; static constexpr std::string_view class_name = "X"; };
struct XACB { using bases = klass::bases<A, C, B>; static constexpr std::string_view class_name = "X"; };
struct GridLayout {};
struct HorizontalGrid { using bases = klass::bases<GridLayout>; };
struct VerticalGrid { using bases = klass::bases<GridLayout>; };
struct HVGrid { using bases = klass::bases<HorizontalGrid, VerticalGrid>; };
struct VHGrid { using bases = klass::bases<VerticalGrid, HorizontalGrid>; };
struct ConfusedGrid { using bases = klass::bases<HVGrid, VHGrid>; };
using all = hierarchy<A, B, C, XDuplicate, XAB, XACB, GridLayout, HorizontalGrid, VerticalGrid, HVGrid, VHGrid, ConfusedGrid>;
}  // namespace descr_disagreement

// Not from the literature: classes deriving from refused classes, which Python
// cannot even write (the base does not exist). klass calls them inconsistent_base
// and reports the error of the first refused base, recursively.
namespace refused_bases {
struct X {};
struct Y {};
struct XY { using bases = klass::bases<X, Y>; };
struct YX { using bases = klass::bases<Y, X>; };
struct Cross { using bases = klass::bases<XY, YX>; };
struct Dup { using bases = klass::bases<X, X>; };
struct FromCross { using bases = klass::bases<XY, Cross>; };
struct FromDup { using bases = klass::bases<Dup>; };
struct DupThenCross { using bases = klass::bases<Dup, Cross>; };
struct CrossThenDup { using bases = klass::bases<X, Cross, Dup>; };
struct Deeper { using bases = klass::bases<CrossThenDup>; };
struct CrossTwice { using bases = klass::bases<Cross, Cross>; };
struct ObjectThenCross { using bases = klass::bases<klass::object, Cross>; };
using all = hierarchy<X, Y, XY, YX, Cross, Dup, FromCross, FromDup, DupThenCross, CrossThenDup, Deeper, CrossTwice, ObjectThenCross>;
}  // namespace refused_bases

}  // namespace canonical

#endif
