# SPDX-License-Identifier: GPL-3.0-or-later
# Limits (docs/reliability.md): inputs far larger or deeper than real ones either work within
# the stated time and memory or are refused with a clear message.

# Refusals and accepted cases at each limit, through the core API and yttra-cli; no timing asserted.
yttra_add_test(limits SOURCES syntheticreport.h)
add_dependencies(tst_limits yttra-cli)
set_tests_properties(limits PROPERTIES TIMEOUT 300)

# The time and peak memory of each limit case, for docs/reliability.md; run by hand or by the
# benchmark target, never by ctest (and not built with the sanitizers, like the other benchmarks).
if(NOT YTTRA_SANITIZE)
    qt_add_executable(bench_limits benchmarks/bench_limits.cpp syntheticreport.h)
    target_link_libraries(bench_limits PRIVATE yttra_benchdata)
    target_include_directories(bench_limits PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(bench_limits PRIVATE YTTRA_CLI="$<TARGET_FILE:yttra-cli>")
    add_custom_target(run_bench_limits COMMAND bench_limits DEPENDS bench_limits yttra-cli USES_TERMINAL)
    add_dependencies(benchmark run_bench_limits)
endif()
