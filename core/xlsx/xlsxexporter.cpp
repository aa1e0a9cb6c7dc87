// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx/xlsxexporter.h"

#include "language/documentlabels.h"
#include "markdown/markdown.h"
#include "xlsx/xlsxworkbook_p.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

using Phrase = DocumentLabels::Phrase;

constexpr quint32 headerFill = 0xDDEBF7; // Excel's "Blue, Accent 1, Lighter 80%"
const auto dateFormat = u"yyyy-mm-dd"_s;

constexpr std::array<MeasureStatus, 5> allStatuses{MeasureStatus::Planned, MeasureStatus::Ongoing, MeasureStatus::Done,
                                                   MeasureStatus::Transferred, MeasureStatus::Cancelled};

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

/// Writes one workbook: the formats it shares, the cells, and the warnings about them.
class WorkbookWriter
{
public:
    WorkbookWriter(const Statement &statement, XlsxWorkbook &workbook)
        : m_s(statement)
        , m_labels(statement.language)
        , m_book(workbook)
        , m_header(workbook.addFormat({.bold = true, .wrap = true, .alignTop = true, .fill = headerFill, .bottomBorder = true}))
        , m_text(workbook.addFormat({.wrap = true, .alignTop = true}))
        , m_number(workbook.addFormat({.alignTop = true}))
        , m_date(workbook.addFormat({.alignTop = true, .numberFormat = dateFormat}))
    {
    }

    void write()
    {
        setProperties();
        writeItems();
        writeMeasures();
        writeDetails();
    }

    QStringList warnings() const { return m_warnings; }

private:
    /// A new sheet with its header row, column widths and the print and view setup every
    /// sheet of the workbook has; `rows` is the number of rows below the header.
    XlsxSheet *addSheet(Phrase name, const QList<XlsxColumn> &columns, int rows)
    {
        m_columns = columns;
        return m_book.addTableSheet(m_labels.phrase(name), columns, rows, m_header);
    }

    /// A text cell, cut with a visible note when it is longer than a cell holds.
    void text(XlsxSheet *sheet, int row, int column, const QString &value)
    {
        if (value.isEmpty()) {
            sheet->writeBlank(row, column, m_text);
            return;
        }
        if (XlsxWorkbook::storedLength(value) <= XlsxWorkbook::maxTextLength) {
            sheet->writeText(row, column, value, m_text);
            return;
        }
        sheet->writeText(row, column, XlsxWorkbook::cutToFit(value, u"…\n\n"_s + m_labels.phrase(Phrase::TextCut)), m_text);
        m_warnings.append(XlsxExporter::tr("%1, row %2, column %3 (%4): the text has %5 characters, more than the %6 "
                                           "an Excel cell holds; it was cut and ends with a note saying so.")
                              .arg(sheet->name())
                              .arg(row + 1)
                              .arg(columnLetters(column), m_columns.value(column).heading)
                              .arg(value.size())
                              .arg(XlsxWorkbook::maxTextLength));
    }

    void markdown(XlsxSheet *sheet, int row, int column, const QString &value)
    {
        text(sheet, row, column, Markdown::plainText(value));
    }

    /// A date as a real Excel date; a date that is not one is kept as the text it is.
    void date(XlsxSheet *sheet, int row, int column, const QString &iso)
    {
        const QDate day = Statement::isValidDate(iso) ? QDate::fromString(iso, Qt::ISODate) : QDate();
        if (day.isValid())
            sheet->writeDate(row, column, day, m_date);
        else
            text(sheet, row, column, iso);
    }

    void deadline(XlsxSheet *sheet, int row, int column, const Deadline &deadline)
    {
        text(sheet, row, column, deadline.displayText(m_s.language));
        if (const auto last = deadline.lastDay())
            sheet->writeDate(row, column + 1, *last, m_date);
        else
            sheet->writeBlank(row, column + 1, m_date);
    }

    /// A number the report gives ("3") is a number, so the column sorts 1, 2, … 10;
    /// anything else ("3.2", "4a") stays text.
    void itemNumber(XlsxSheet *sheet, int row, int column, const QString &number)
    {
        if (number.isEmpty()) {
            sheet->writeBlank(row, column, m_number);
            return;
        }
        static const QRegularExpression plain(u"\\A[1-9][0-9]{0,8}\\z"_s);
        if (plain.match(number).hasMatch())
            sheet->writeNumber(row, column, number.toDouble(), m_number);
        else
            text(sheet, row, column, number);
    }

    /// How the Avser column names an item: as the auditors number it ("Rekommendation 3",
    /// which the Typ and Nr columns of its row say too), or, when the report gives it no
    /// number, by its heading in the statement ("Åtgärdsområde 4" or its own label).
    QString itemReference(qsizetype index) const
    {
        const Item &item = m_s.items.at(index);
        const QString number = item.number.trimmed();
        if (number.isEmpty())
            return m_labels.itemHeading(m_s, index).trimmed();
        return m_labels.itemKind(item.kind) + u' ' + number;
    }

    void setProperties()
    {
        QStringList titleParts;
        for (const QString &part : {m_s.audit.title.trimmed(), m_s.audit.reference.trimmed()}) {
            if (!part.isEmpty())
                titleParts.append(part);
        }
        QString title = m_labels.phrase(Phrase::DocumentType);
        if (!titleParts.isEmpty())
            title += u" - "_s + titleParts.join(u' ');
        QStringList keywords;
        for (const QString &reference : {m_s.audit.reference.trimmed(), m_s.caseNumber.trimmed()}) {
            if (!reference.isEmpty())
                keywords.append(reference);
        }
        m_book.setProperties({.title = title,
                              .subject = m_labels.subjectLine(m_s),
                              .author = m_s.board.trimmed(),
                              .company = m_s.office.trimmed(),
                              .keywords = keywords.join(u", "_s),
                              .category = m_labels.statementKind(m_s.kind)});
        m_book.setCustomProperty(u"Creator"_s, u"Yttra " YTTRA_VERSION ""_s);
    }

    void writeItems()
    {
        const bool followUp = m_s.kind == StatementKind::FollowUp;
        // In a first statement the follow-up columns are empty: narrow, so the printed
        // page is not scaled down for them.
        const double followUpWidth = followUp ? 45 : 14;
        XlsxSheet *sheet = addSheet(Phrase::ItemsSheet,
                                    {
                                        {m_labels.phrase(Phrase::NumberColumn), 6},
                                        {m_labels.phrase(Phrase::KindColumn), 15},
                                        {m_labels.phrase(Phrase::AddressedToColumn), 18},
                                        {m_labels.phrase(Phrase::ItemTextColumn), 50},
                                        {m_labels.phrase(Phrase::PlannedMeasures), 45},
                                        {m_labels.phrase(Phrase::ExpectedEffect), 35},
                                        {m_labels.phrase(Phrase::DeadlineColumn), 16},
                                        {m_labels.phrase(Phrase::LastDayColumn), 12},
                                        {m_labels.phrase(Phrase::ActionsTakenColumn), followUpWidth},
                                        {m_labels.phrase(Phrase::EffectAchieved), followUpWidth},
                                        {m_labels.phrase(Phrase::StatusColumn), 12},
                                    },
                                    static_cast<int>(m_s.items.size()));
        if (!sheet)
            return;

        // Which statuses each item's measures have, in one pass over the register.
        QHash<QString, QList<MeasureStatus>> linked;
        for (const Measure &measure : m_s.measures) {
            for (const QString &id : measure.items)
                linked[id].append(measure.status);
        }

        for (qsizetype i = 0; i < m_s.items.size(); ++i) {
            const Item &item = m_s.items.at(i);
            const Response &r = item.response;
            const int row = static_cast<int>(i) + 1;
            itemNumber(sheet, row, 0, item.number.trimmed());
            text(sheet, row, 1, m_labels.itemKind(item.kind));
            text(sheet, row, 2, item.addressedTo);
            markdown(sheet, row, 3, item.text);
            if (!r.notOurs.trimmed().isEmpty()) {
                // Not this board's to answer: the reason stands where the answer would.
                text(sheet, row, 4, r.notOurs.trimmed());
                for (int column : {5, 6, 8, 9})
                    sheet->writeBlank(row, column, m_text);
                sheet->writeBlank(row, 7, m_date);
            } else {
                markdown(sheet, row, 4, r.measures);
                markdown(sheet, row, 5, r.expectedEffect);
                deadline(sheet, row, 6, r.deadline);
                markdown(sheet, row, 8, followUp ? r.actionsTaken : QString());
                markdown(sheet, row, 9, followUp ? r.effectAchieved : QString());
            }
            const auto status = XlsxExporter::itemStatus(linked.value(item.id));
            text(sheet, row, 10, status ? m_labels.measureStatusHeading(*status) : QString());
        }
    }

    void writeMeasures()
    {
        const int rows = static_cast<int>(m_s.measures.size());
        XlsxSheet *sheet = addSheet(Phrase::MeasuresSheet,
                                    {
                                        {m_labels.phrase(Phrase::NumberColumn), 6},
                                        {m_labels.phrase(Phrase::MeasureColumn), 50},
                                        {m_labels.phrase(Phrase::ItemsColumn), 22},
                                        {m_labels.phrase(Phrase::OwnerColumn), 25},
                                        {m_labels.phrase(Phrase::DeadlineColumn), 16},
                                        {m_labels.phrase(Phrase::LastDayColumn), 12},
                                        {m_labels.phrase(Phrase::StatusColumn), 12},
                                        {m_labels.phrase(Phrase::CaseColumn), 16},
                                        {m_labels.phrase(Phrase::CommentColumn), 40},
                                    },
                                    rows);
        if (!sheet)
            return;

        QHash<QString, qsizetype> itemIndex;
        for (qsizetype i = 0; i < m_s.items.size(); ++i)
            itemIndex.insert(m_s.items.at(i).id, i);

        for (int i = 0; i < rows; ++i) {
            const Measure &measure = m_s.measures.at(i);
            const int row = i + 1;
            sheet->writeNumber(row, 0, i + 1, m_number);
            // The title, and the description below it when there is one.
            QString title = measure.title.trimmed();
            const QString description = Markdown::plainText(measure.description);
            if (!description.isEmpty())
                title += u"\n\n"_s + description;
            text(sheet, row, 1, title);
            // The items in the order of the statement.
            QList<qsizetype> indexes;
            for (const QString &id : measure.items) {
                if (const auto it = itemIndex.constFind(id); it != itemIndex.cend() && !indexes.contains(*it))
                    indexes.append(*it);
            }
            std::sort(indexes.begin(), indexes.end());
            QStringList references;
            for (qsizetype index : indexes)
                references.append(itemReference(index));
            text(sheet, row, 2, references.join(u", "_s));
            text(sheet, row, 3, measure.owner);
            deadline(sheet, row, 4, measure.deadline);
            text(sheet, row, 6, m_labels.measureStatusHeading(measure.status));
            text(sheet, row, 7, measure.caseReference);
            text(sheet, row, 8, measure.comment);
        }

        // A dropdown of the five status words; with no measures yet, on the first empty row.
        QStringList words;
        for (MeasureStatus status : allStatuses)
            words.append(m_labels.measureStatusHeading(status));
        sheet->listValidation(1, std::max(rows, 1), 6, words);
    }

    void writeDetails()
    {
        XlsxSheet *sheet = addSheet(Phrase::DetailsSheet,
                                    {{m_labels.phrase(Phrase::FieldColumn), 30}, {m_labels.phrase(Phrase::ValueColumn), 60}},
                                    0);
        if (!sheet)
            return;
        int row = 0;
        auto field = [&](const QString &name) {
            ++row;
            text(sheet, row, 0, name);
        };
        auto textField = [&](Phrase name, const QString &value) {
            field(m_labels.phrase(name));
            text(sheet, row, 1, value.trimmed());
        };
        auto dateField = [&](Phrase name, const QString &value) {
            field(m_labels.phrase(name));
            date(sheet, row, 1, value.trimmed());
        };
        auto countField = [&](const QString &name, qsizetype count) {
            field(name);
            sheet->writeNumber(row, 1, static_cast<double>(count), m_number);
        };

        textField(Phrase::AuditTitle, m_s.audit.title);
        textField(Phrase::AuditReference, m_s.audit.reference);
        textField(Phrase::Auditor, m_s.audit.auditor);
        dateField(Phrase::ReportDate, m_s.audit.reportDate);
        textField(Phrase::Board, m_s.board);
        textField(Phrase::Office, m_s.office);
        textField(Phrase::StatementKindField, m_labels.statementKind(m_s.kind));
        dateField(Phrase::Date, m_s.date);
        textField(Phrase::CaseNumber, m_s.caseNumber);
        dateField(Phrase::DueDate, m_s.dueDate);
        if (m_s.kind == StatementKind::FollowUp) {
            const QString from = m_s.period.from.trimmed();
            const QString to = m_s.period.to.trimmed();
            textField(Phrase::Period, from.isEmpty() && to.isEmpty() ? QString() : QString(from + u" – "_s + to).trimmed());
        }
        countField(m_labels.phrase(Phrase::ItemCount), m_s.items.size());
        countField(m_labels.phrase(Phrase::MeasureCount), m_s.measures.size());
        for (MeasureStatus status : allStatuses) {
            countField(m_labels.measureCount(status),
                       std::count_if(m_s.measures.cbegin(), m_s.measures.cend(),
                                     [status](const Measure &m) { return m.status == status; }));
        }
        // The autofilter set with the header covers the rows now written.
        sheet->autofilter(row, 1);
    }

    const Statement &m_s;
    const DocumentLabels m_labels;
    XlsxWorkbook &m_book;
    XlsxFormat m_header;
    XlsxFormat m_text;
    XlsxFormat m_number;
    XlsxFormat m_date;
    QList<XlsxColumn> m_columns; // of the sheet being written
    QStringList m_warnings;
};

} // namespace

Result<QStringList, FileError> XlsxExporter::write(const Statement &statement, const QString &path)
{
    return XlsxWorkbook::save(path, [&statement](XlsxWorkbook &workbook) {
        WorkbookWriter writer(statement, workbook);
        writer.write();
        return writer.warnings();
    });
}

std::optional<MeasureStatus> XlsxExporter::itemStatus(const QList<MeasureStatus> &linked)
{
    if (linked.isEmpty())
        return std::nullopt;
    // Transferred and cancelled measures will never be done here, so they neither hold an
    // item back from "done" nor make it "planned".
    QList<MeasureStatus> active;
    for (MeasureStatus status : linked) {
        if (status == MeasureStatus::Planned || status == MeasureStatus::Ongoing || status == MeasureStatus::Done)
            active.append(status);
    }
    if (active.isEmpty())
        return linked.contains(MeasureStatus::Transferred) ? MeasureStatus::Transferred : MeasureStatus::Cancelled;
    if (std::all_of(active.cbegin(), active.cend(), [](MeasureStatus s) { return s == MeasureStatus::Done; }))
        return MeasureStatus::Done;
    if (active.contains(MeasureStatus::Ongoing))
        return MeasureStatus::Ongoing;
    return MeasureStatus::Planned;
}

} // namespace yttra
