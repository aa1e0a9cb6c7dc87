// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/spellhighlighter_p.h"

#include "language/spellchecker.h"

namespace yttra {

SpellHighlighter::SpellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void SpellHighlighter::setChecker(const SpellChecker *checker)
{
    if (checker == m_checker)
        return;
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || text.isEmpty())
        return;
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(QColor(0xc4, 0x2b, 0x1c));
    for (const MisspelledWord &word : m_checker->misspelledWords(text))
        setFormat(static_cast<int>(word.start), static_cast<int>(word.length), wrong);
}

} // namespace yttra
