// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx/registerworkbook.h"

#include "language/documentlabels.h"
#include "markdown/markdown.h"
#include "register/registerdates.h"
#include "xlsx/xlsxworkbook_p.h"

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr quint32 headerFill = 0xDDEBF7; // as the action plan's header
constexpr quint32 overdueFill = 0xFFC7CE; // Excel's "Light Red Fill"

/// A formula's string literal: quotes doubled.
QString quoted(const QString &text)
{
    QString inner = text;
    inner.replace(u'"', u"\"\""_s);
    return u'"' + inner + u'"';
}

class RegisterSheetWriter {
public:
    RegisterSheetWriter(const Register &reg, XlsxWorkbook &book)
        : m_reg(reg)
        , m_book(book)
        // The item kinds in the words of the program's language (the register mixes
        // statements in either language).
        , m_language(RegisterStateRules::language())
        , m_labels(m_language)
        , m_header(book.addFormat(
              { .bold = true, .wrap = true, .alignTop = true, .fill = headerFill, .bottomBorder = true }))
        , m_text(book.addFormat({ .wrap = true, .alignTop = true }))
        , m_date(book.addFormat({ .alignTop = true, .numberFormat = u"yyyy-mm-dd"_s }))
        , m_overdue(book.addFormat({ .fill = overdueFill }))
    {
    }

    void write()
    {
        m_book.setProperties({ .title = RegisterWorkbook::tr("Register of recommendations"),
            .subject = RegisterWorkbook::tr("%1 on %2").arg(m_reg.folder, m_reg.judgedOn.toString(Qt::ISODate)),
            .keywords = m_reg.folder });
        m_book.setCustomProperty(u"Creator"_s, u"Yttra " YTTRA_VERSION ""_s);
        writeEntries();
        writeProblems();
    }

    QStringList warnings() const { return m_warnings; }

private:
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
        sheet->writeText(row, column, XlsxWorkbook::cutToFit(value, u"…"_s), m_text);
        m_warnings.append(RegisterWorkbook::tr(
            "%1, row %2, column %3: the text has %4 characters, more than an Excel cell holds; it was cut.")
                              .arg(sheet->name())
                              .arg(row + 1)
                              .arg(column + 1)
                              .arg(value.size()));
    }

    void writeEntries()
    {
        const int rows = int(m_reg.entries.size());
        const QList<XlsxColumn> columns {
            { RegisterWorkbook::tr("State"), 15 },
            { RegisterWorkbook::tr("Next date"), 12 },
            { RegisterWorkbook::tr("Board"), 22 },
            { RegisterWorkbook::tr("Audit reference"), 14 },
            { RegisterWorkbook::tr("Audit"), 30 },
            { RegisterWorkbook::tr("Item"), 18 },
            { RegisterWorkbook::tr("Text"), 50 },
            { RegisterWorkbook::tr("Measures"), 40 },
            { RegisterWorkbook::tr("Responsible"), 22 },
            { RegisterWorkbook::tr("Deadlines"), 18 },
            { RegisterWorkbook::tr("Statuses"), 14 },
            { RegisterWorkbook::tr("First statement"), 30 },
            { RegisterWorkbook::tr("Follow-up"), 30 },
        };
        const int lastColumn = int(columns.size()) - 1;
        XlsxSheet *sheet = m_book.addTableSheet(RegisterWorkbook::tr("Register"), columns, rows, m_header);
        if (!sheet)
            return;
        for (int i = 0; i < rows; ++i) {
            const RegisterEntry &e = m_reg.entries.at(i);
            const int row = i + 1;
            text(sheet, row, 0, RegisterStateRules::displayName(e.state));
            if (const QDate next = RegisterDates::next(e); next.isValid())
                sheet->writeDate(row, 1, next, m_date);
            else
                sheet->writeBlank(row, 1, m_date);
            text(sheet, row, 2, e.board);
            text(sheet, row, 3, e.auditReference);
            text(sheet, row, 4, e.auditTitle);
            text(sheet, row, 5,
                m_labels.itemKind(e.itemKind) + (e.itemNumber.isEmpty() ? QString() : u' ' + e.itemNumber));
            text(sheet, row, 6, Markdown::plainText(e.itemText));
            // One line per measure in each of its columns, so the lines match across them.
            QStringList titles, owners, deadlines, statuses;
            for (const RegisterEntry::PromisedMeasure &m : e.measures) {
                titles.append(m.title.simplified());
                owners.append(m.owner.simplified());
                deadlines.append(m.deadline.displayText(m_language).simplified());
                statuses.append(m_labels.measureStatusHeading(m.status));
            }
            text(sheet, row, 7, titles.join(u'\n'));
            text(sheet, row, 8, owners.join(u'\n'));
            text(sheet, row, 9, deadlines.join(u'\n'));
            text(sheet, row, 10, statuses.join(u'\n'));
            text(sheet, row, 11, e.firstFile);
            text(sheet, row, 12, e.followUpFile);
        }
        // Overdue rows in red; the state's word says it too, for whoever does not see colour.
        if (rows > 0)
            sheet->conditionalFormat(1, rows, lastColumn,
                u"=$A2=%1"_s.arg(quoted(RegisterStateRules::displayName(RegisterState::Overdue))), m_overdue);
    }

    void writeProblems()
    {
        const int rows = int(m_reg.problems.size());
        XlsxSheet *sheet = m_book.addTableSheet(RegisterWorkbook::tr("Problems"),
            { { RegisterWorkbook::tr("File"), 45 }, { RegisterWorkbook::tr("Where"), 20 },
                { RegisterWorkbook::tr("Reason"), 70 } },
            rows, m_header);
        if (!sheet)
            return;
        for (int i = 0; i < rows; ++i) {
            const RegisterProblem &problem = m_reg.problems.at(i);
            text(sheet, i + 1, 0, problem.path);
            text(sheet, i + 1, 1, problem.location);
            text(sheet, i + 1, 2, problem.reason);
        }
    }

    const Register &m_reg;
    XlsxWorkbook &m_book;
    const QString m_language;
    const DocumentLabels m_labels;
    XlsxFormat m_header;
    XlsxFormat m_text;
    XlsxFormat m_date;
    XlsxFormat m_overdue;
    QStringList m_warnings;
};

} // namespace

Result<QStringList, FileError> RegisterWorkbook::write(const Register &reg, const QString &path)
{
    return XlsxWorkbook::save(path, [&reg](XlsxWorkbook &workbook) {
        RegisterSheetWriter writer(reg, workbook);
        writer.write();
        return writer.warnings();
    });
}

} // namespace yttra
