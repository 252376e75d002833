// Uses of what <klass/declaration.hpp> declares, with only it included (tests/harness.py header).
#include <klass/declaration.hpp>

// The tags name the classes in clang 14's error when klass refuses to read a
// class (tests/fail/class_*.cpp); they are declared, never defined.
struct Circle {};
struct Base {};
struct bases_member {};
using tags = void (*)(klass::error::name_is_not_defined_before_its_class_is_complete<Circle>*,
                      klass::error::class_derives_from_a_klass_class_through_cxx_inheritance<Circle, Base>*,
                      klass::error::class_member_klass_cannot_read<Circle, bases_member>*);
static_assert(sizeof(tags) != 0);
