# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR and checks that everything a desktop needs is
# where freedesktop tools look for it. Run by CTest: cmake -DBUILD=... -DDEST=... -DGUI=... -P
file(REMOVE_RECURSE "${DEST}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DEST} ${CMAKE_COMMAND} --install ${BUILD} --prefix /usr
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected usr/bin/yttra-cli usr/share/mime/packages/se.yttra.Yttra.xml)
if(GUI)
    list(APPEND expected usr/bin/yttra usr/share/applications/se.yttra.Yttra.desktop
        usr/share/icons/hicolor/scalable/apps/se.yttra.Yttra.svg)
endif()
foreach(f ${expected})
    if(NOT EXISTS "${DEST}/${f}")
        message(FATAL_ERROR "not installed: /${f}")
    endif()
endforeach()
file(READ "${DEST}/usr/share/mime/packages/se.yttra.Yttra.xml" mime)
if(NOT mime MATCHES "application/x-yttrande" OR NOT mime MATCHES "\\*\\.yttrande")
    message(FATAL_ERROR "the MIME file does not declare application/x-yttrande for *.yttrande")
endif()
if(GUI)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${DEST}/usr/share/applications/se.yttra.Yttra.desktop"
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0 OR NOT out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate: ${out}")
    endif()
endif()
list(LENGTH expected count)
message(STATUS "install: ${count} files in place")
