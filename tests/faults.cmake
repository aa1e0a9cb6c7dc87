# SPDX-License-Identifier: GPL-3.0-or-later
# Fault trials (docs/reliability.md): a process killed while it writes, a full disk, a
# read-only or vanishing folder, two instances on one file.

# The fault shim, loaded with LD_PRELOAD into the processes on trial: it fails or kills at the
# file operations under one folder (see faultshim/faultshim.cpp). Uninstrumented, so it may
# stand before a sanitizer's runtime.
add_library(yttra_faultshim MODULE faultshim/faultshim.cpp)
target_compile_features(yttra_faultshim PRIVATE cxx_std_20)
target_compile_options(yttra_faultshim PRIVATE -Wall -Wextra -Wpedantic $<$<BOOL:${YTTRA_WERROR}>:-Werror>
    -fno-sanitize=all -fvisibility=hidden)
target_link_options(yttra_faultshim PRIVATE -fno-sanitize=all)
target_link_libraries(yttra_faultshim PRIVATE ${CMAKE_DL_LIBS})
set_target_properties(yttra_faultshim PROPERTIES PREFIX "")

# yttra-cli killed at many moments and at every file operation of each command that writes,
# and each of them meeting a full disk, a read-only folder and a drive that goes away.
yttra_add_test(faulttrials SOURCES faultshim/faulttrials.h pdftools.h toolrun.h)
target_compile_definitions(tst_faulttrials PRIVATE YTTRA_FAULTSHIM="$<TARGET_FILE:yttra_faultshim>")
add_dependencies(tst_faulttrials yttra-cli yttra_faultshim)
set_tests_properties(faulttrials PROPERTIES TIMEOUT 300)

if(YTTRA_GUI)
    # The main window in processes of its own, killed while it autosaves and saves, a save
    # meeting a full disk or a lost drive, and two instances on one file.
    yttra_add_test(faulttrialsgui GUI SOURCES faultshim/faulttrials.h)
    target_compile_definitions(tst_faulttrialsgui PRIVATE YTTRA_FAULTSHIM="$<TARGET_FILE:yttra_faultshim>")
    add_dependencies(tst_faulttrialsgui yttra_faultshim)
    set_tests_properties(faulttrialsgui PROPERTIES TIMEOUT 300)
endif()
