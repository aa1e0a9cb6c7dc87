// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/boardresolver.h"
#include "import/importedreport.h"
#include "import/reporttext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

/// Finds what the board must answer in the cleaned report text: recommendations (listed
/// after "rekommenderar vi <board> att:", under "Rekommendation N" headings, in a
/// "Rekommendationer" chapter, written in a sentence, or remaining after a follow-up audit),
/// questions ("vill vi ha ett skriftligt svar på följande:") and assessments ("Bedömning"
/// sections, offered unselected). Each is attributed to its board; the same text found twice
/// (summary and conclusions) becomes one candidate with both places.
class ItemFinder
{
    Q_DECLARE_TR_FUNCTIONS(ItemFinder)

public:
    ItemFinder(const ReportText &text, BoardResolver &boards) : m_text(text), m_boards(boards) {}

    /// The candidates in the order of the report; what was unclear goes to `notes`.
    /// Boards that recommendations are addressed to are added to the resolver.
    QList<ImportCandidate> find(QStringList &notes);

    /// Whether two texts are one item's wording: equal once case, punctuation and spacing are
    /// set aside, one cut short (a lost line end), or a letter or two apart in a long text.
    /// `exact` tells whether they were equal.
    static bool sameWording(const QString &a, const QString &b, bool *exact = nullptr);

    /// The candidates with repeated ones merged (same kind, same boards, same wording): the
    /// places are joined and the longer wording kept, with a note when the wordings differ.
    static QList<ImportCandidate> merged(const QList<ImportCandidate> &candidates, QStringList &notes);

    /// "page 3, section 4.2", for notes.
    static QString describe(const ImportPlace &place);

private:
    const ReportText &m_text;
    BoardResolver &m_boards;
};

} // namespace yttra
