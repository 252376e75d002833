# Tests and examples of klass. The lists come from tests/harness.py, the same
# script Meson asks, so both build systems run exactly the same cases.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(KLASS_HARNESS ${PROJECT_SOURCE_DIR}/tests/harness.py)

find_program(KLASS_CCACHE ccache)
if(KLASS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${KLASS_CCACHE})
endif()

# The C++ standard the tests are built in: 20, or 26 (clang 17+; klass's errors
# are then Python's sentence itself, C++26 user-generated static_assert messages).
set(KLASS_CXX_STANDARD 20 CACHE STRING "C++ standard of klass's tests and examples: 20 or 26")
set_property(CACHE KLASS_CXX_STANDARD PROPERTY STRINGS 20 26)
if(KLASS_CXX_STANDARD STREQUAL "26")
  # CMake 3.25 knows no C++26 feature: the flag it adds for klass's C++20 becomes C++26's.
  set(CMAKE_CXX20_STANDARD_COMPILE_OPTION -std=c++2c)
  set(CMAKE_CXX20_EXTENSION_COMPILE_OPTION -std=gnu++2c)
  set(KLASS_STD_FLAG -std=c++2c)
elseif(KLASS_CXX_STANDARD STREQUAL "20")
  set(KLASS_STD_FLAG -std=c++20)
else()
  message(FATAL_ERROR "KLASS_CXX_STANDARD is 20 or 26, not ${KLASS_CXX_STANDARD}")
endif()

set(KLASS_WARNINGS -Wall -Wextra -Wpedantic -Werror)
add_library(klass_dev INTERFACE)
target_link_libraries(klass_dev INTERFACE klass::klass)
target_compile_options(klass_dev INTERFACE ${KLASS_WARNINGS})
set_target_properties(klass_dev PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
set(CMAKE_CXX_EXTENSIONS OFF)

function(klass_list kind out)
  execute_process(COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} list ${kind}
                  OUTPUT_VARIABLE files OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  string(REPLACE "\n" ";" files "${files}")
  set(${out} ${files} PARENT_SCOPE)
endfunction()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/tests/run ${PROJECT_SOURCE_DIR}/tests/check ${PROJECT_SOURCE_DIR}/tests/differential ${PROJECT_SOURCE_DIR}/tests/static ${PROJECT_SOURCE_DIR}/tests/fail
  ${PROJECT_SOURCE_DIR}/examples ${PROJECT_SOURCE_DIR}/include/klass ${PROJECT_SOURCE_DIR}/include/klass/detail)

# Flags the harness passes to the compiler itself (compile-fail and header cases).
get_target_property(_boost_inc Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
# The configuration's own flags come first (e.g. -stdlib=libc++ in the libc++
# configuration), so the harness compiles the way the build does.
separate_arguments(_cxx_flags UNIX_COMMAND "${CMAKE_CXX_FLAGS}")
set(KLASS_HARNESS_FLAGS ${_cxx_flags} ${KLASS_STD_FLAG} ${KLASS_WARNINGS} -I${PROJECT_SOURCE_DIR}/include)
foreach(dir IN LISTS _boost_inc)
  # A compiler's own directory must not be repeated: -isystem /usr/include breaks
  # libstdc++'s #include_next <stdlib.h>.
  if(NOT dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
    list(APPEND KLASS_HARNESS_FLAGS -isystem ${dir})
  endif()
endforeach()

# Every test has an explicit timeout, sized for a loaded 2-core machine (about
# ten times what it takes on a quiet one); ctest counts a timeout as a failure.
# The same figures are in meson.build.
set(KLASS_TIMEOUT_RUN 300)        # doctest programs (the runtime tests fork, map and thread)
set(KLASS_TIMEOUT_COMPILE 300)    # compile-fail cases and header checks: the harness compiles
set(KLASS_TIMEOUT_PROGRAM 120)    # examples and differential pairs: run a built program (and python3)
set(KLASS_TIMEOUT_CHECK 900)      # tests/check scripts: some compile every case or hierarchy
set(KLASS_TIMEOUT_CONSUMER 900)   # consumer projects: configure, install and build a project
set(KLASS_TIMEOUT_FUZZ 300)       # the bounded libFuzzer run (it stops itself after 50 s)

# The kinds of tests a configuration registers: all of them (the default), or a
# list. scripts/test gives a list to the configurations whose other kinds repeat
# what a configuration before them checked (docs/testing.md says which).
set(KLASS_TEST_KINDS "all" CACHE STRING
    "Tests to register: all, or a list of examples run static fail headers differential check consumer")
function(klass_kind kind out)
  if(KLASS_TEST_KINDS STREQUAL "all" OR kind IN_LIST KLASS_TEST_KINDS)
    set(${out} ON PARENT_SCOPE)
  else()
    set(${out} OFF PARENT_SCOPE)
  endif()
endfunction()
foreach(_kind examples run static fail headers differential check consumer)
  klass_kind(${_kind} KLASS_KIND_${_kind})
endforeach()

macro(klass_test_name file prefix out)
  string(REGEX REPLACE "\\.(cpp|hpp)$" "" _stem "${file}")
  string(REPLACE "/" "." _stem "${_stem}")
  set(${out} "${prefix}.${_stem}")
endmacro()

# Sanitizer configurations (scripts/test): -DKLASS_SANITIZE=address,undefined or
# =thread builds only the runtime tests (tests/run/runtime_*.cpp, and
# tests/run/create_threads.cpp: class statements run from threads) with those
# sanitizers and, with address on clang, the libFuzzer target
# tests/fuzz/mailbox_fuzz.cpp, run for a bounded number of inputs.
set(KLASS_SANITIZE "" CACHE STRING "Build only the runtime tests, with -fsanitize=<list> (address,undefined or thread)")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/include/klass/runtime ${PROJECT_SOURCE_DIR}/tests/fuzz)
if(KLASS_SANITIZE)
  enable_testing()
  find_package(doctest REQUIRED)
  set(_sanitize -fsanitize=${KLASS_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1)
  add_library(klass_sanitized INTERFACE)
  target_link_libraries(klass_sanitized INTERFACE klass_dev)
  target_compile_options(klass_sanitized INTERFACE ${_sanitize})
  target_link_options(klass_sanitized INTERFACE ${_sanitize})
  add_library(klass_doctest_main OBJECT tests/doctest_main.cpp)
  target_link_libraries(klass_doctest_main PUBLIC klass_sanitized doctest::doctest)
  klass_list(run _run)
  list(FILTER _run INCLUDE REGEX "^(runtime_|create_threads)")
  foreach(file IN LISTS _run)
    klass_test_name(${file} run _name)
    string(REPLACE "." "_" _target ${_name})
    add_executable(${_target} tests/run/${file})
    target_link_libraries(${_target} PRIVATE klass_doctest_main)
    add_test(NAME ${_name} COMMAND ${_target})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_RUN} ENVIRONMENT
      "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1;UBSAN_OPTIONS=print_stacktrace=1;TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1")
  endforeach()
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND KLASS_SANITIZE MATCHES "address")
    add_executable(fuzz_mailbox tests/fuzz/mailbox_fuzz.cpp)
    target_link_libraries(fuzz_mailbox PRIVATE klass_dev)
    target_compile_options(fuzz_mailbox PRIVATE -fsanitize=fuzzer,${KLASS_SANITIZE} -fno-sanitize-recover=all -g -O1)
    target_link_options(fuzz_mailbox PRIVATE -fsanitize=fuzzer,${KLASS_SANITIZE})
    add_test(NAME fuzz.mailbox COMMAND fuzz_mailbox -runs=200000 -seed=1 -max_total_time=50 -print_final_stats=1)
    set_tests_properties(fuzz.mailbox PROPERTIES TIMEOUT ${KLASS_TIMEOUT_FUZZ})
  endif()
  return()
endif()

if(KLASS_BUILD_EXAMPLES OR KLASS_BUILD_TESTS)
  klass_list(examples _examples)
  add_custom_target(klass_examples)
  foreach(file IN LISTS _examples)
    klass_test_name(${file} example _name)
    string(REPLACE "." "_" _target ${_name})
    add_executable(${_target} examples/${file})
    target_link_libraries(${_target} PRIVATE klass_dev)
    set_target_properties(${_target} PROPERTIES OUTPUT_NAME ${_stem} RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/examples)
    add_dependencies(klass_examples ${_target})
    if(KLASS_BUILD_TESTS AND KLASS_KIND_examples)
      string(REGEX REPLACE "\\.cpp$" ".expected" _expected ${file})
      add_test(NAME ${_name} COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} example
               $<TARGET_FILE:${_target}> ${PROJECT_SOURCE_DIR}/examples/${_expected})
      set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_PROGRAM})
    endif()
  endforeach()
endif()

if(KLASS_BUILD_TESTS)
  enable_testing()
  find_package(doctest REQUIRED)

  add_library(klass_doctest_main OBJECT tests/doctest_main.cpp)
  target_link_libraries(klass_doctest_main PUBLIC klass_dev doctest::doctest)

  klass_list(run _run)
  if(NOT KLASS_KIND_run)
    set(_run "")
  endif()
  foreach(file IN LISTS _run)
    klass_test_name(${file} run _name)
    string(REPLACE "." "_" _target ${_name})
    add_executable(${_target} tests/run/${file})
    target_link_libraries(${_target} PRIVATE klass_doctest_main)
    add_test(NAME ${_name} COMMAND ${_target})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_RUN})
  endforeach()

  # static_assert-only TUs: compiling them is the test.
  klass_list(static _static)
  if(NOT KLASS_KIND_static)
    set(_static "")
  endif()
  foreach(file IN LISTS _static)
    klass_test_name(${file} static _name)
    string(REPLACE "." "_" _target ${_name})
    add_library(${_target} OBJECT tests/static/${file})
    target_link_libraries(${_target} PRIVATE klass_dev)
    # Compiling is the test; the ctest entry checks that the object was produced.
    add_test(NAME ${_name} COMMAND ${CMAKE_COMMAND} -E md5sum $<TARGET_OBJECTS:${_target}>)
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_PROGRAM})
  endforeach()

  klass_list(fail _fail)
  if(NOT KLASS_KIND_fail)
    set(_fail "")
  endif()
  foreach(file IN LISTS _fail)
    klass_test_name(${file} fail _name)
    add_test(NAME ${_name} COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} compile-fail
             ${CMAKE_CXX_COMPILER} ${PROJECT_SOURCE_DIR}/tests/fail/${file} -- ${KLASS_HARNESS_FLAGS})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_COMPILE})
  endforeach()

  klass_list(headers _headers)
  if(NOT KLASS_KIND_headers)
    set(_headers "")
  endif()
  foreach(file IN LISTS _headers)
    klass_test_name(${file} header _name)
    add_test(NAME ${_name} COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} header
             ${CMAKE_CXX_COMPILER} ${file} -- ${KLASS_HARNESS_FLAGS})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_COMPILE})
  endforeach()

  # Scenarios observed in CPython and in klass: NAME.cpp is built and run, NAME.py
  # is run by python3, and the outputs must agree.
  klass_list(differential _differential)
  if(NOT KLASS_KIND_differential)
    set(_differential "")
  endif()
  foreach(file IN LISTS _differential)
    klass_test_name(${file} differential _name)
    string(REPLACE "." "_" _target ${_name})
    add_executable(${_target} tests/differential/${file})
    target_link_libraries(${_target} PRIVATE klass_dev)
    string(REGEX REPLACE "\\.cpp$" ".py" _twin ${file})
    add_test(NAME ${_name} COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} differential
             $<TARGET_FILE:${_target}> ${PROJECT_SOURCE_DIR}/tests/differential/${_twin})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_PROGRAM})
  endforeach()

  klass_list(check _checks)
  if(NOT KLASS_KIND_check)
    set(_checks "")
  endif()
  foreach(file IN LISTS _checks)
    klass_test_name(${file} check _name)
    add_test(NAME ${_name} COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/check/${file}
             ${PROJECT_SOURCE_DIR} ${CMAKE_CXX_COMPILER} -- ${KLASS_HARNESS_FLAGS})
    set_tests_properties(${_name} PROPERTIES TIMEOUT ${KLASS_TIMEOUT_CHECK})
  endforeach()

  add_test(NAME version COMMAND ${Python3_EXECUTABLE} ${KLASS_HARNESS} version ${PROJECT_SOURCE_DIR})
  set_tests_properties(version PROPERTIES TIMEOUT ${KLASS_TIMEOUT_PROGRAM})

  if(KLASS_CONSUMER_TESTS AND KLASS_KIND_consumer)
    # tests/consumer/run says what each way checks; CMAKE_CXX_FLAGS go to every
    # compile and link (the libc++ configuration's consumers use libc++).
    foreach(way find_package add_subdirectory fetchcontent meson pkgconfig pkgconfig_meson no_exceptions)
      add_test(NAME consumer.${way} COMMAND ${PROJECT_SOURCE_DIR}/tests/consumer/run ${way}
               ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/consumer-${way} ${CMAKE_CXX_COMPILER} "${CMAKE_CXX_FLAGS}")
      set_tests_properties(consumer.${way} PROPERTIES RESOURCE_LOCK consumer TIMEOUT ${KLASS_TIMEOUT_CONSUMER})
    endforeach()
  endif()
endif()
