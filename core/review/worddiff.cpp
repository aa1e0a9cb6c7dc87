// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/worddiff.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Words, runs of space and single punctuation marks, so "effekt." changing to "effekt,"
// is one mark, not a word.
QStringList tokens(const QString &text)
{
    static const QRegularExpression token(u"\\s+|\\w+|[^\\w\\s]"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList list;
    for (auto it = token.globalMatch(text); it.hasNext();)
        list.append(it.next().captured());
    return list;
}

void append(QList<WordChange> &changes, WordChange::Kind kind, const QString &text)
{
    if (!changes.isEmpty() && changes.last().kind == kind)
        changes.last().text += text;
    else
        changes.append({kind, text});
}

// Above this many cells the longest-common-subsequence table costs more than it tells:
// the texts are shown as replaced outright.
constexpr qsizetype maxCells = 4'000'000;

} // namespace

QList<WordChange> WordDiff::compare(const QString &before, const QString &after)
{
    QList<WordChange> changes;
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);

    // Common head and tail cost nothing to find and shrink the table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    for (qsizetype i = 0; i < head; ++i)
        append(changes, WordChange::Kind::Same, a.at(i));

    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n * m > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            append(changes, WordChange::Kind::Deleted, a.at(head + i));
        for (qsizetype j = 0; j < m; ++j)
            append(changes, WordChange::Kind::Inserted, b.at(head + j));
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j] = a.at(head + i) == b.at(head + j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                append(changes, WordChange::Kind::Same, a.at(head + i));
                ++i, ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(changes, WordChange::Kind::Deleted, a.at(head + i)); // what went, then what came
                ++i;
            } else {
                append(changes, WordChange::Kind::Inserted, b.at(head + j));
                ++j;
            }
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        append(changes, WordChange::Kind::Same, a.at(k));

    // A text rewritten through and through reads better as replaced than as a patchwork of
    // scattered common words ("och", "att").
    qsizetype same = 0;
    for (const WordChange &c : changes) {
        if (c.kind == WordChange::Kind::Same)
            same += c.text.size();
    }
    if (!before.isEmpty() && !after.isEmpty() && 3 * same < std::max(before.size(), after.size()))
        return {{WordChange::Kind::Deleted, before}, {WordChange::Kind::Inserted, after}};
    return changes;
}

QString WordDiff::toText(const QList<WordChange> &changes)
{
    QString text;
    for (const WordChange &c : changes) {
        switch (c.kind) {
        case WordChange::Kind::Same: text += c.text; break;
        case WordChange::Kind::Deleted: text += u"[-"_s + c.text + u"-]"_s; break;
        case WordChange::Kind::Inserted: text += u"{+"_s + c.text + u"+}"_s; break;
        }
    }
    return text;
}

} // namespace yttra
