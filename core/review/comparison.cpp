// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/comparison.h"

#include "document/statementfields.h"
#include "language/documentlabels.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The single-valued members compared, relative to their part.
const QStringList statementFields = {u"/kind"_s,         u"/language"_s,        u"/board"_s,        u"/office"_s,
                                     u"/recipient"_s,    u"/date"_s,            u"/caseNumber"_s,   u"/address"_s,
                                     u"/dueDate"_s,      u"/submitTo"_s,        u"/period/from"_s,  u"/period/to"_s,
                                     u"/audit/title"_s,  u"/audit/reference"_s, u"/audit/auditor"_s, u"/audit/reportDate"_s,
                                     u"/audit/decisionDate"_s, u"/audit/addressees"_s, u"/audit/conclusion"_s,
                                     u"/summary"_s,      u"/readingGuide"_s,    u"/reservations"_s};
const QStringList itemFields = {u"/kind"_s, u"/number"_s, u"/label"_s, u"/addressedTo"_s, u"/section"_s, u"/text"_s,
                                u"/response/measures"_s, u"/response/expectedEffect"_s, u"/response/deadline"_s,
                                u"/response/actionsTaken"_s, u"/response/effectAchieved"_s, u"/response/notOurs"_s};
const QStringList measureFields = {u"/title"_s, u"/description"_s, u"/owner"_s, u"/deadline"_s, u"/status"_s,
                                   u"/caseReference"_s, u"/comment"_s};
const QStringList signatureFields = {u"/role"_s, u"/name"_s, u"/title"_s};

QString text(const Statement &s, const QString &pointer)
{
    const auto value = StatementFields::value(s, pointer);
    if (!value)
        return {};
    return value->typeId() == QMetaType::QStringList ? value->toStringList().join(u", "_s) : value->toString();
}

QString partOf(const QString &pointer)
{
    if (pointer.startsWith(u"/audit/"_s))
        return Comparison::tr("Audit");
    if (pointer == u"/summary")
        return Comparison::tr("Summary");
    if (pointer == u"/readingGuide")
        return Comparison::tr("Reading guide");
    if (pointer == u"/reservations")
        return Comparison::tr("Reservations");
    return Comparison::tr("Statement details");
}

class Comparer
{
public:
    Comparer(const Statement &before, const Statement &after) : m_a(before), m_b(after) {}

    QList<Difference> run()
    {
        for (const QString &p : statementFields)
            field(partOf(p), p, p);
        items();
        measures();
        signatures();
        return m_out;
    }

private:
    void field(const QString &part, const QString &pointerBefore, const QString &pointerAfter)
    {
        const QString before = text(m_a, pointerBefore);
        const QString after = text(m_b, pointerAfter);
        if (before == after)
            return;
        Difference d;
        d.part = part;
        d.pointer = pointerAfter;
        d.field = StatementFields::fieldName(pointerAfter);
        d.before = before;
        d.after = after;
        d.words = WordDiff::compare(before, after);
        d.statusChange = pointerAfter.startsWith(u"/measures/"_s) && pointerAfter.endsWith(u"/status"_s);
        if (d.statusChange) {
            // Show the words the document uses, not the file's.
            const DocumentLabels labels(m_b.language);
            d.before = labels.measureStatus(m_a.measures.at(pointerBefore.section(u'/', 2, 2).toInt()).status);
            d.after = labels.measureStatus(m_b.measures.at(pointerAfter.section(u'/', 2, 2).toInt()).status);
        }
        m_out.append(d);
    }

    void whole(Difference::Kind kind, const QString &part, const QString &pointer, const QString &value)
    {
        Difference d;
        d.kind = kind;
        d.part = part;
        d.pointer = pointer;
        (kind == Difference::Kind::Removed ? d.before : d.after) = value;
        m_out.append(d);
    }

    // Ids of the common elements that keep their relative order (a longest common subsequence):
    // the others moved.
    static QSet<QString> inOrder(const QStringList &a, const QStringList &b)
    {
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        QSet<QString> kept;
        for (qsizetype i = 0, j = 0; i < n && j < m;) {
            if (a.at(i) == b.at(j)) {
                kept.insert(a.at(i));
                ++i, ++j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
        return kept;
    }

    QString itemPart(const Statement &s, qsizetype index) const
    {
        return DocumentLabels(s.language).itemHeading(s, index);
    }

    void items()
    {
        QStringList common;
        QStringList commonAfter;
        for (const Item &item : m_a.items) {
            if (m_b.indexOfItem(item.id) >= 0)
                common.append(item.id);
        }
        for (const Item &item : m_b.items) {
            if (m_a.indexOfItem(item.id) >= 0)
                commonAfter.append(item.id);
        }
        const QSet<QString> kept = inOrder(common, commonAfter);

        for (qsizetype i = 0; i < m_a.items.size(); ++i) {
            if (m_b.indexOfItem(m_a.items.at(i).id) < 0)
                whole(Difference::Kind::Removed, itemPart(m_a, i), u"/items/%1"_s.arg(i), m_a.items.at(i).text);
        }
        for (qsizetype j = 0; j < m_b.items.size(); ++j) {
            const Item &item = m_b.items.at(j);
            const qsizetype i = m_a.indexOfItem(item.id);
            const QString part = itemPart(m_b, j);
            if (i < 0) {
                whole(Difference::Kind::Added, part, u"/items/%1"_s.arg(j), item.text);
                continue;
            }
            if (!kept.contains(item.id)) {
                Difference d;
                d.kind = Difference::Kind::Moved;
                d.part = part;
                d.pointer = u"/items/%1"_s.arg(j);
                d.before = QString::number(i + 1);
                d.after = QString::number(j + 1);
                m_out.append(d);
            }
            for (const QString &f : itemFields)
                field(part, u"/items/%1"_s.arg(i) + f, u"/items/%1"_s.arg(j) + f);
        }
    }

    QString measurePart(const Measure &m) const
    {
        return Comparison::tr("Measure “%1”").arg(m.title);
    }

    QString linkedHeadings(const Statement &s, const Measure &m) const
    {
        QStringList headings;
        for (const QString &id : m.items) {
            const qsizetype i = s.indexOfItem(id);
            headings.append(i >= 0 ? itemPart(s, i) : id);
        }
        return headings.join(u", "_s);
    }

    void measures()
    {
        for (qsizetype i = 0; i < m_a.measures.size(); ++i) {
            const Measure &m = m_a.measures.at(i);
            if (m_b.indexOfMeasure(m.id) < 0)
                whole(Difference::Kind::Removed, measurePart(m), u"/measures/%1"_s.arg(i), m.title);
        }
        for (qsizetype j = 0; j < m_b.measures.size(); ++j) {
            const Measure &m = m_b.measures.at(j);
            const qsizetype i = m_a.indexOfMeasure(m.id);
            if (i < 0) {
                whole(Difference::Kind::Added, measurePart(m), u"/measures/%1"_s.arg(j), m.title);
                continue;
            }
            for (const QString &f : measureFields)
                field(measurePart(m), u"/measures/%1"_s.arg(i) + f, u"/measures/%1"_s.arg(j) + f);
            // Links are compared by the items they name, which stay put when items move.
            const QString before = linkedHeadings(m_a, m_a.measures.at(i));
            const QString after = linkedHeadings(m_b, m);
            if (QSet<QString>(m_a.measures.at(i).items.cbegin(), m_a.measures.at(i).items.cend())
                != QSet<QString>(m.items.cbegin(), m.items.cend())) {
                Difference d;
                d.part = measurePart(m);
                d.pointer = u"/measures/%1/items"_s.arg(j);
                d.field = Comparison::tr("answers");
                d.before = before;
                d.after = after;
                d.words = WordDiff::compare(before, after);
                m_out.append(d);
            }
        }
    }

    void signatures()
    {
        const qsizetype n = std::max(m_a.signatures.size(), m_b.signatures.size());
        for (qsizetype k = 0; k < n; ++k) {
            const QString part = Comparison::tr("Signature %1").arg(k + 1);
            const QString pointer = u"/signatures/%1"_s.arg(k);
            if (k >= m_b.signatures.size())
                whole(Difference::Kind::Removed, part, pointer, m_a.signatures.at(k).name);
            else if (k >= m_a.signatures.size())
                whole(Difference::Kind::Added, part, pointer, m_b.signatures.at(k).name);
            else
                for (const QString &f : signatureFields)
                    field(part, pointer + f, pointer + f);
        }
    }

    const Statement &m_a;
    const Statement &m_b;
    QList<Difference> m_out;
};

QString indented(const QString &text)
{
    return u"    "_s + QString(text).replace(u"\n"_s, u"\n    "_s);
}

} // namespace

QList<Difference> Comparison::compare(const Statement &before, const Statement &after)
{
    return Comparer(before, after).run();
}

QString Comparison::toText(const QList<Difference> &differences)
{
    QString out;
    for (const Difference &d : differences) {
        switch (d.kind) {
        case Difference::Kind::Added:
            out += tr("%1: added").arg(d.part) + u'\n' + indented(d.after) + u'\n';
            break;
        case Difference::Kind::Removed:
            out += tr("%1: removed").arg(d.part) + u'\n' + indented(d.before) + u'\n';
            break;
        case Difference::Kind::Moved:
            out += tr("%1: moved from place %2 to %3").arg(d.part, d.before, d.after) + u'\n';
            break;
        case Difference::Kind::Changed:
            if (d.statusChange) {
                out += tr("%1: status changed from %2 to %3").arg(d.part, d.before, d.after) + u'\n';
            } else {
                out += tr("%1: %2 changed").arg(d.part, d.field) + u'\n' + indented(WordDiff::toText(d.words)) + u'\n';
            }
            break;
        }
    }
    return out;
}

} // namespace yttra
