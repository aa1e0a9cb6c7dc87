// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace yttra {

/// How large a statement Yttra opens and saves (docs/reliability.md, "Limits"). Real statements
/// have a few dozen items and texts of a few pages; past these bounds the comparison, the PDF
/// and the Word export grow to minutes and gigabytes, so the reader refuses such a file and
/// the validator refuses to save one, and no file Yttra writes is one it cannot open. Both
/// say why in the same words, from here.
class StatementLimits
{
    Q_DECLARE_TR_FUNCTIONS(StatementLimits)

public:
    /// Items (recommendations, assessments, questions) in one statement.
    static constexpr qsizetype maxItems = 1000;
    /// Measures in one statement's register of measures.
    static constexpr qsizetype maxMeasures = 1000;
    /// Characters in one text member (a summary, an answer, a comment): about 30 pages. A
    /// single paragraph much longer takes the PDF layout tens of seconds and gigabytes.
    static constexpr qsizetype maxTextLength = 100'000;

    /// Why so many items, measures or characters are refused; empty when they are not.
    static QString itemsRefusal(qsizetype items);
    static QString measuresRefusal(qsizetype measures);
    static QString textRefusal(qsizetype length);
};

} // namespace yttra
