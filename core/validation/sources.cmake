# SPDX-License-Identifier: GPL-3.0-or-later
# What a complete statement needs, as findings on its fields.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/validator.cpp ${CMAKE_CURRENT_LIST_DIR}/validator.h
)
