// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/worddiff.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace yttra {

/// Changed text on screen as on paper: deleted words red and struck through, inserted words
/// green and underlined. Compare Versions and the changes proposed in Word show it alike.
class WordChangeHtml
{
public:
    static constexpr QStringView firstChangeAnchor = u"firstChange";

    /// Plain text as HTML, its line breaks kept.
    static QString text(const QString &text);
    /// A whole text that is gone.
    static QString deleted(const QString &text);
    /// What changed, word by word; the first change is marked with the anchor
    /// firstChangeAnchor, for a view to scroll to in a long text.
    static QString words(const QList<WordChange> &words);
    /// What changed from one text to the other, word by word.
    static QString changed(const QString &before, const QString &after);
};

} // namespace yttra
