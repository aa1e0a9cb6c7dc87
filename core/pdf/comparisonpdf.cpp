// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/comparisonpdf.h"

#include "language/documentlabels.h"
#include "pdf/pdfblockwriter.h"
#include "pdf/pdfexporter.h"

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

using Phrase = DocumentLabels::Phrase;

QString capitalised(const QString &text)
{
    return text.left(1).toUpper() + text.mid(1);
}

/// The blocks of the comparison: title, the two versions, the status changes, then each
/// part (a heading) with one entry per difference: what happened in bold, then the text.
class ComparisonBlockBuilder : private PdfBlockWriter
{
public:
    ComparisonBlockBuilder(const QList<Difference> &differences, const ComparisonTitles &titles, const PdfStyle &style)
        : PdfBlockWriter(style), m_differences(differences), m_titles(titles), m_labels(titles.language)
    {
    }

    QList<PdfBlock> build()
    {
        begin();
        heading(PdfBlock::Kind::Heading1, m_labels.phrase(Phrase::ComparisonTitle));
        labelled(m_labels.phrase(Phrase::OlderVersion), {PdfSpan::plain(m_titles.before)});
        m_blocks.last().spaceBefore = 0;
        labelled(m_labels.phrase(Phrase::NewerVersion), {PdfSpan::plain(m_titles.after)});
        m_blocks.last().spaceBefore = 1;
        if (m_differences.isEmpty()) {
            paragraph({PdfSpan::strong(m_labels.phrase(Phrase::VersionsSame))});
            return m_blocks;
        }
        paragraph({PdfSpan::plain(m_labels.phrase(Phrase::ComparisonLegend))});

        statusChanges();
        for (qsizetype i = 0; i < m_differences.size(); ++i) {
            const Difference &d = m_differences.at(i);
            if (i == 0 || m_differences.at(i - 1).part != d.part)
                heading(PdfBlock::Kind::Heading2, d.part);
            difference(d);
        }
        return m_blocks;
    }

private:
    /// The measures whose status changed, in a frame before everything else.
    void statusChanges()
    {
        QList<const Difference *> changed;
        for (const Difference &d : m_differences) {
            if (d.statusChange)
                changed.append(&d);
        }
        if (changed.isEmpty())
            return;
        heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::StatusChanges));
        beginFrame();
        const PdfTag list = tag("L");
        for (const Difference *d : std::as_const(changed))
            listItem(list, u"•"_s, {PdfSpan::strong(d->part + u": "_s), PdfSpan::plain(m_labels.statusChanged(d->before, d->after))});
        endFrame();
    }

    void difference(const Difference &d)
    {
        // The field, unless the part is named after it ("Sammanfattning"), and what happened.
        const QString field = d.field.compare(d.part, Qt::CaseInsensitive) == 0 ? QString() : capitalised(d.field);
        auto happened = [&](Phrase phrase) {
            const QString word = m_labels.phrase(phrase);
            return field.isEmpty() ? QList<PdfSpan>{PdfSpan::strong(capitalised(word))}
                                   : QList<PdfSpan>{PdfSpan::strong(field), PdfSpan::plain(u", "_s + word.toLower())};
        };
        // A whole added or removed part's text, unless the heading already says it all.
        auto whole = [&](const QString &text, PdfSpan (*look)(const QString &)) {
            const QString trimmed = text.trimmed();
            return trimmed.isEmpty() || d.part.contains(trimmed) ? QList<PdfSpan>() : QList<PdfSpan>{look(trimmed)};
        };
        QList<PdfSpan> what;
        QList<PdfSpan> text;
        switch (d.kind) {
        case Difference::Kind::Added:
            what = happened(Phrase::Added);
            text = whole(d.after, &PdfSpan::added);
            break;
        case Difference::Kind::Removed:
            what = happened(Phrase::Removed);
            text = whole(d.before, &PdfSpan::removed);
            break;
        case Difference::Kind::Moved:
            what = {PdfSpan::strong(m_labels.moved(d.before, d.after))};
            break;
        case Difference::Kind::Changed:
            if (d.statusChange) {
                // Bold all through, so it stands out among the changed texts.
                what = {PdfSpan::strong(m_labels.statusChanged(d.before, d.after))};
                break;
            }
            what = happened(Phrase::Changed);
            text = wordChanges(d.words);
            break;
        }
        paragraph(what);
        if (text.isEmpty())
            return;
        m_blocks.last().keepWithNext = true;
        paragraph(text);
        m_blocks.last().spaceBefore = m_style.listItemSpace;
    }

    /// Changed text word by word. A space between a removed and an added word that replaces
    /// it keeps them two words when the text is read aloud or copied.
    static QList<PdfSpan> wordChanges(const QList<WordChange> &changes)
    {
        QList<PdfSpan> spans;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const WordChange &change = changes.at(i);
            switch (change.kind) {
            case WordChange::Kind::Same: spans.append(PdfSpan::plain(change.text)); break;
            case WordChange::Kind::Deleted: spans.append(PdfSpan::removed(change.text)); break;
            case WordChange::Kind::Inserted:
                if (i > 0 && changes.at(i - 1).kind == WordChange::Kind::Deleted && !changes.at(i - 1).text.back().isSpace()
                    && !change.text.front().isSpace())
                    spans.append(PdfSpan::plain(u" "_s));
                spans.append(PdfSpan::added(change.text));
                break;
            }
        }
        return spans;
    }

    const QList<Difference> &m_differences;
    const ComparisonTitles &m_titles;
    DocumentLabels m_labels;
};

} // namespace

Result<PdfDocument, QString> ComparisonPdf::layout(const QList<Difference> &differences, const ComparisonTitles &titles,
                                                   const PdfStyle &style)
{
    const DocumentLabels labels(titles.language);
    PdfDocumentInfo info;
    info.language = titles.language;
    info.pdfLanguage = labels.pdfLanguage(titles.language);
    info.headerLeft = {labels.phrase(Phrase::ComparisonTitle)};
    info.headerRight = {titles.after};
    info.title = labels.phrase(Phrase::ComparisonTitle) + u": "_s + titles.before + u" – "_s + titles.after;
    info.subject = info.title;
    info.keywords = QStringList{titles.before, titles.after}.join(u", "_s);
    return PdfDocument::layout(ComparisonBlockBuilder(differences, titles, style).build(), info, style);
}

Result<QByteArray, QString> ComparisonPdf::render(const QList<Difference> &differences, const ComparisonTitles &titles)
{
    auto document = layout(differences, titles);
    if (!document)
        return Result<QByteArray, QString>::failure(document.error());
    return PdfExporter::render(document.value());
}

Result<QStringList, FileError> ComparisonPdf::write(const QList<Difference> &differences, const ComparisonTitles &titles, const QString &path)
{
    auto document = layout(differences, titles);
    if (!document)
        return Result<QStringList, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), document.error()});
    return PdfExporter::write(document.value(), path);
}

} // namespace yttra
