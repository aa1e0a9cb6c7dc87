// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace yttra {

class SpellChecker;

/// Underlines the misspelled words of a text field with a red wave. The formats live in
/// the layout only, so the field's Markdown never sees them.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);
    /// The checker to use (not owned); null checks nothing.
    void setChecker(const SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker *m_checker = nullptr;
};

} // namespace yttra
