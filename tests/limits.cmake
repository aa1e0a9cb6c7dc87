# SPDX-License-Identifier: GPL-3.0-or-later
# Limits (docs/reliability.md): inputs far larger or deeper than real ones either work within
# the stated time and memory or are refused with a clear message.
