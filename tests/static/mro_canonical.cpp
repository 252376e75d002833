// The canonical C3 examples (hierarchies in mro_hierarchies.hpp, with their
// sources): every class's outcome, as CPython 3.11 and 3.13 decide it.
// tests/check/mro_canonical_cpython.py recreates the hierarchies in CPython and
// checks that these assertions are CPython's, class by class.
#include "mro_hierarchies.hpp"

#include <boost/hana/equal.hpp>

namespace hana = boost::hana;

// Simionato, first example: L[B] = B D E O, L[C] = C D F O, L[A] = A B C D E F O.
namespace canonical::simionato_first {
static_assert(klass::mro<F> == hana::tuple_t<F, klass::object>);
static_assert(klass::mro<E> == hana::tuple_t<E, klass::object>);
static_assert(klass::mro<D> == hana::tuple_t<D, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, D, F, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, D, E, klass::object>);
static_assert(klass::mro<A> == hana::tuple_t<A, B, C, D, E, F, klass::object>);
}  // namespace canonical::simionato_first

// Simionato, second example: swapping B's bases puts E, a level-2 class, before C.
namespace canonical::simionato_second {
static_assert(klass::mro<F> == hana::tuple_t<F, klass::object>);
static_assert(klass::mro<E> == hana::tuple_t<E, klass::object>);
static_assert(klass::mro<D> == hana::tuple_t<D, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, D, F, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, E, D, klass::object>);
static_assert(klass::mro<A> == hana::tuple_t<A, B, E, C, D, F, klass::object>);
}  // namespace canonical::simionato_second

// Simionato, serious order disagreement: merge(XYO, YXO) has no good head.
namespace canonical::simionato_disagreement {
static_assert(klass::mro<X> == hana::tuple_t<X, klass::object>);
static_assert(klass::mro<Y> == hana::tuple_t<Y, klass::object>);
static_assert(klass::mro<A> == hana::tuple_t<A, X, Y, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, Y, X, klass::object>);
// TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y
static_assert(klass::mro_status_of<Z> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<Z> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<Z> == hana::type_c<Z>);
}  // namespace canonical::simionato_disagreement

// Simionato, local precedence ordering: merge(FO, EFO, FE) fails (the paper's
// Python 2.2 gave G E F O, against the declared order). CPython 3.13 refuses
// GoodFood(Food, Eggs) too and accepts GoodFood(Eggs, Food): GoodFood Eggs Food O.
namespace canonical::simionato_food {
static_assert(klass::mro<Food> == hana::tuple_t<Food, klass::object>);
static_assert(klass::mro<Eggs> == hana::tuple_t<Eggs, Food, klass::object>);
// TypeError: Cannot create a consistent method resolution order (MRO) for bases Food, Eggs
static_assert(klass::mro_status_of<GoodFood> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<GoodFood> == hana::tuple_t<Food, Eggs>);
static_assert(klass::mro_failing_class<GoodFood> == hana::type_c<GoodFood>);
static_assert(klass::mro<FixedGoodFood> == hana::tuple_t<FixedGoodFood, Eggs, Food, klass::object>);
static_assert(klass::name<FixedGoodFood> == "GoodFood");
}  // namespace canonical::simionato_food

// Simionato: "TypeError: duplicate base class A".
namespace canonical::simionato_duplicate {
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
// TypeError: duplicate base class A
static_assert(klass::mro_status_of<C> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<C> == hana::tuple_t<A>);
static_assert(klass::mro_failing_class<C> == hana::type_c<C>);
}  // namespace canonical::simionato_duplicate

// Simionato: the diamond, L[D] = D A B C (and object).
namespace canonical::simionato_diamond {
static_assert(klass::mro<C> == hana::tuple_t<C, klass::object>);
static_assert(klass::mro<A> == hana::tuple_t<A, C, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, C, klass::object>);
static_assert(klass::mro<D> == hana::tuple_t<D, A, B, C, klass::object>);
}  // namespace canonical::simionato_diamond

// Simionato, Pedroni's example: C3 gives Z K1 K2 K3 D A B C E O, where Python
// 2.2 gave Z K1 K3 A K2 D B C E O (A before D, against L[K3] = K3 D A O).
namespace canonical::simionato_pedroni {
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, klass::object>);
static_assert(klass::mro<D> == hana::tuple_t<D, klass::object>);
static_assert(klass::mro<E> == hana::tuple_t<E, klass::object>);
static_assert(klass::mro<K1> == hana::tuple_t<K1, A, B, C, klass::object>);
static_assert(klass::mro<K2> == hana::tuple_t<K2, D, B, E, klass::object>);
static_assert(klass::mro<K3> == hana::tuple_t<K3, D, A, klass::object>);
static_assert(klass::mro<Z> == hana::tuple_t<Z, K1, K2, K3, D, A, B, C, E, klass::object>);
}  // namespace canonical::simionato_pedroni

// test_descr.py, test_diamond_inheritance: D and E order B and C differently, so
// no class can derive from both, in either order.
namespace canonical::descr_diamond {
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, A, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, A, klass::object>);
static_assert(klass::mro<D> == hana::tuple_t<D, B, C, A, klass::object>);
static_assert(klass::mro<E> == hana::tuple_t<E, C, B, A, klass::object>);
// TypeError: Cannot create a consistent method resolution order (MRO) for bases B, C
static_assert(klass::mro_status_of<F> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<F> == hana::tuple_t<B, C>);
static_assert(klass::mro_failing_class<F> == hana::type_c<F>);
// TypeError: Cannot create a consistent method resolution order (MRO) for bases C, B
static_assert(klass::mro_status_of<G> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<G> == hana::tuple_t<C, B>);
static_assert(klass::mro_failing_class<G> == hana::type_c<G>);
}  // namespace canonical::descr_diamond

// test_descr.py, test_ex5_from_c3_switch: Z X B Y A C O.
namespace canonical::descr_ex5 {
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, klass::object>);
static_assert(klass::mro<X> == hana::tuple_t<X, A, klass::object>);
static_assert(klass::mro<Y> == hana::tuple_t<Y, A, klass::object>);
static_assert(klass::mro<Z> == hana::tuple_t<Z, X, B, Y, A, C, klass::object>);
}  // namespace canonical::descr_ex5

// test_descr.py, test_monotonicity: Pedalo keeps the orders of PedalWheelBoat
// (EngineLess before DayBoat before WheelBoat) and of SmallCatamaran.
namespace canonical::descr_monotonicity {
static_assert(klass::mro<Boat> == hana::tuple_t<Boat, klass::object>);
static_assert(klass::mro<DayBoat> == hana::tuple_t<DayBoat, Boat, klass::object>);
static_assert(klass::mro<WheelBoat> == hana::tuple_t<WheelBoat, Boat, klass::object>);
static_assert(klass::mro<EngineLess> == hana::tuple_t<EngineLess, DayBoat, Boat, klass::object>);
static_assert(klass::mro<SmallMultihull> == hana::tuple_t<SmallMultihull, DayBoat, Boat, klass::object>);
static_assert(klass::mro<PedalWheelBoat> ==
              hana::tuple_t<PedalWheelBoat, EngineLess, DayBoat, WheelBoat, Boat, klass::object>);
static_assert(klass::mro<SmallCatamaran> == hana::tuple_t<SmallCatamaran, SmallMultihull, DayBoat, Boat, klass::object>);
static_assert(klass::mro<Pedalo> == hana::tuple_t<Pedalo, PedalWheelBoat, EngineLess, SmallCatamaran, SmallMultihull,
                                                  DayBoat, WheelBoat, Boat, klass::object>);
}  // namespace canonical::descr_monotonicity

// test_descr.py, test_consistency_with_epg.
namespace canonical::descr_epg {
static_assert(klass::mro<Pane> == hana::tuple_t<Pane, klass::object>);
static_assert(klass::mro<ScrollingMixin> == hana::tuple_t<ScrollingMixin, klass::object>);
static_assert(klass::mro<EditingMixin> == hana::tuple_t<EditingMixin, klass::object>);
static_assert(klass::mro<ScrollablePane> == hana::tuple_t<ScrollablePane, Pane, ScrollingMixin, klass::object>);
static_assert(klass::mro<EditablePane> == hana::tuple_t<EditablePane, Pane, EditingMixin, klass::object>);
static_assert(klass::mro<EditableScrollablePane> == hana::tuple_t<EditableScrollablePane, ScrollablePane, EditablePane,
                                                                  Pane, ScrollingMixin, EditingMixin, klass::object>);
}  // namespace canonical::descr_epg

// test_descr.py, test_mro_disagreement: the test only checks the start of each
// message; the classes named here are the ones CPython 3.11 and 3.13 print.
namespace canonical::descr_disagreement {
static_assert(klass::mro<A> == hana::tuple_t<A, klass::object>);
static_assert(klass::mro<B> == hana::tuple_t<B, A, klass::object>);
static_assert(klass::mro<C> == hana::tuple_t<C, klass::object>);
// type("X", (A, A), {}): TypeError: duplicate base class A
static_assert(klass::mro_status_of<XDuplicate> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<XDuplicate> == hana::tuple_t<A>);
static_assert(klass::mro_failing_class<XDuplicate> == hana::type_c<XDuplicate>);
// type("X", (A, B), {}): TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B
static_assert(klass::mro_status_of<XAB> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<XAB> == hana::tuple_t<A, B>);
static_assert(klass::mro_failing_class<XAB> == hana::type_c<XAB>);
// type("X", (A, C, B), {}): ... for bases A, C, B (C is blocked too: it is in the tail of (A, C, B))
static_assert(klass::mro_status_of<XACB> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<XACB> == hana::tuple_t<A, C, B>);
static_assert(klass::mro_failing_class<XACB> == hana::type_c<XACB>);
static_assert(klass::mro<GridLayout> == hana::tuple_t<GridLayout, klass::object>);
static_assert(klass::mro<HorizontalGrid> == hana::tuple_t<HorizontalGrid, GridLayout, klass::object>);
static_assert(klass::mro<VerticalGrid> == hana::tuple_t<VerticalGrid, GridLayout, klass::object>);
static_assert(klass::mro<HVGrid> == hana::tuple_t<HVGrid, HorizontalGrid, VerticalGrid, GridLayout, klass::object>);
static_assert(klass::mro<VHGrid> == hana::tuple_t<VHGrid, VerticalGrid, HorizontalGrid, GridLayout, klass::object>);
// type("ConfusedGrid", (HVGrid, VHGrid), {}): ... for bases HorizontalGrid, VerticalGrid
static_assert(klass::mro_status_of<ConfusedGrid> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<ConfusedGrid> == hana::tuple_t<HorizontalGrid, VerticalGrid>);
static_assert(klass::mro_failing_class<ConfusedGrid> == hana::type_c<ConfusedGrid>);
}  // namespace canonical::descr_disagreement

// Classes Python cannot write (a base does not exist): klass reports the error of
// the first refused base, recursively, even when the class's own bases would be
// refused too (CrossTwice duplicates Cross; ObjectThenCross puts object first).
namespace canonical::refused_bases {
static_assert(klass::mro<X> == hana::tuple_t<X, klass::object>);
static_assert(klass::mro<Y> == hana::tuple_t<Y, klass::object>);
static_assert(klass::mro<XY> == hana::tuple_t<XY, X, Y, klass::object>);
static_assert(klass::mro<YX> == hana::tuple_t<YX, Y, X, klass::object>);
// TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y
static_assert(klass::mro_status_of<Cross> == klass::mro_status::inconsistent);
static_assert(klass::mro_conflict<Cross> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<Cross> == hana::type_c<Cross>);
// TypeError: duplicate base class X
static_assert(klass::mro_status_of<Dup> == klass::mro_status::duplicate_base);
static_assert(klass::mro_conflict<Dup> == hana::tuple_t<X>);
static_assert(klass::mro_failing_class<Dup> == hana::type_c<Dup>);
static_assert(klass::mro_status_of<FromCross> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<FromCross> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<FromCross> == hana::type_c<Cross>);
static_assert(klass::mro_status_of<FromDup> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<FromDup> == hana::tuple_t<X>);
static_assert(klass::mro_failing_class<FromDup> == hana::type_c<Dup>);
static_assert(klass::mro_status_of<DupThenCross> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<DupThenCross> == hana::tuple_t<X>);
static_assert(klass::mro_failing_class<DupThenCross> == hana::type_c<Dup>);
static_assert(klass::mro_status_of<CrossThenDup> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<CrossThenDup> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<CrossThenDup> == hana::type_c<Cross>);
static_assert(klass::mro_status_of<Deeper> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<Deeper> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<Deeper> == hana::type_c<Cross>);
static_assert(klass::mro_status_of<CrossTwice> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<CrossTwice> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<CrossTwice> == hana::type_c<Cross>);
static_assert(klass::mro_status_of<ObjectThenCross> == klass::mro_status::inconsistent_base);
static_assert(klass::mro_conflict<ObjectThenCross> == hana::tuple_t<X, Y>);
static_assert(klass::mro_failing_class<ObjectThenCross> == hana::type_c<Cross>);
}  // namespace canonical::refused_bases
