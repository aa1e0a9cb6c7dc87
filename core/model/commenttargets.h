// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"

#include <QStringView>

#include <functional>

namespace yttra {

/// Comments name their field by index ("/items/2/text"), so when items or measures are
/// inserted, removed or moved, the comments must move with their field or they would point
/// at another item's text.
class CommentTargets
{
public:
    /// `list` is "items" or "measures"; `newIndex` maps an element's old index to its new one,
    /// or to -1 when the element was removed: comments on a removed element then point at the
    /// list itself ("/items"), keeping their quote and text. Returns whether any target changed.
    static bool follow(Review &review, QStringView list, const std::function<qsizetype(qsizetype)> &newIndex);

    /// The index of the element of `list` that `pointer` lies in, or -1.
    static qsizetype indexIn(QStringView pointer, QStringView list);
};

} // namespace yttra
