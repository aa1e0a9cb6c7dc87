# SPDX-License-Identifier: GPL-3.0-or-later
# Fault trials (docs/reliability.md): a process killed while it writes, a full disk, a
# read-only or vanishing folder, two instances on one file.
