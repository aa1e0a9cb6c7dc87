# SPDX-License-Identifier: GPL-3.0-or-later
# The register of a folder tree of statements (a shared drive): every recommendation with its
# measures, what the follow-up reported and whether it is on track, overdue or done; files it
# cannot use listed with the reason; a cache outside the folder that only saves time.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/register.cpp ${CMAKE_CURRENT_LIST_DIR}/register.h
    ${CMAKE_CURRENT_LIST_DIR}/registercalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/registercalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/registerdates.cpp ${CMAKE_CURRENT_LIST_DIR}/registerdates.h
    ${CMAKE_CURRENT_LIST_DIR}/registercache_p.cpp ${CMAKE_CURRENT_LIST_DIR}/registercache_p.h
    ${CMAKE_CURRENT_LIST_DIR}/registerentry.h
    ${CMAKE_CURRENT_LIST_DIR}/registerproblem.cpp ${CMAKE_CURRENT_LIST_DIR}/registerproblem.h
    ${CMAKE_CURRENT_LIST_DIR}/registerreader.cpp ${CMAKE_CURRENT_LIST_DIR}/registerreader.h
    ${CMAKE_CURRENT_LIST_DIR}/registersource_p.cpp ${CMAKE_CURRENT_LIST_DIR}/registersource_p.h
    ${CMAKE_CURRENT_LIST_DIR}/registerstate.cpp ${CMAKE_CURRENT_LIST_DIR}/registerstate.h
)
