// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace yttra {

/// Which copy of a statement a PDF is: the statement as the board decides and files it
/// (never with review comments), or the review copy for the managers, marked as not decided
/// on every page, with the open review comments as numbered end notes.
enum class PdfCopy { Statement, ReviewCopy };

} // namespace yttra
