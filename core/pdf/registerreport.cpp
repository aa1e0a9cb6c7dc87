// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/registerreport.h"

#include "language/documentlabels.h"
#include "markdown/markdown.h"
#include "pdf/pdfblockwriter.h"
#include "pdf/pdfexporter.h"
#include "register/registerdates.h"

#include <array>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr std::array<RegisterState, 6> allStates { RegisterState::Open, RegisterState::OnTrack, RegisterState::DueSoon,
    RegisterState::Overdue, RegisterState::Done, RegisterState::NotFollowedUp };

/// The auditors' words in a table cell: the start of them, enough to know the item.
QString shortText(const QString &markdown)
{
    const QString plain = Markdown::plainText(markdown).simplified();
    constexpr qsizetype most = 240;
    return plain.size() > most ? plain.left(most - 1).trimmed() + u'…' : plain;
}

class RegisterBlockBuilder : private PdfBlockWriter {
public:
    RegisterBlockBuilder(const Register &reg, const PdfStyle &style)
        : PdfBlockWriter(style)
        , m_reg(reg)
        , m_language(RegisterStateRules::language())
        , m_labels(m_language)
    {
    }

    QList<PdfBlock> build()
    {
        begin();
        heading(PdfBlock::Kind::Heading1, RegisterReport::tr("Register of recommendations"));
        labelled(RegisterReport::tr("Folder"), { PdfSpan::plain(m_reg.folder) });
        m_blocks.last().spaceBefore = 0;
        labelled(RegisterReport::tr("Judged on"), { PdfSpan::plain(m_reg.judgedOn.toString(Qt::ISODate)) });
        m_blocks.last().spaceBefore = 1;
        labelled(RegisterReport::tr("Statements"), { PdfSpan::plain(QString::number(m_reg.statementCount)) });
        m_blocks.last().spaceBefore = 1;

        summary();
        problems();
        audits();
        return m_blocks;
    }

private:
    /// A table: its header row (kept with the first row) and rows, tagged Table and TR.
    void table(const QStringList &headings, const QList<double> &weights, const QList<QList<QList<PdfSpan>>> &rows)
    {
        const PdfTag tableTag = tag("Table");
        PdfBlock header;
        header.kind = PdfBlock::Kind::TableHeaderRow;
        for (const QString &h : headings)
            header.cells.append({ PdfSpan::strong(h) });
        header.columnWeights = weights;
        header.tableId = tableTag.id;
        header.keepWithNext = true;
        PdfBlock &placedHeader = append(header, m_style.paragraphSpace);
        placedHeader.containers += QList<PdfTag> { tableTag, tag("TR") };
        for (const QList<QList<PdfSpan>> &cells : rows) {
            PdfBlock row;
            row.kind = PdfBlock::Kind::TableRow;
            row.tableId = tableTag.id;
            row.cells = cells;
            PdfBlock &placed = append(row, 0);
            placed.containers += QList<PdfTag> { tableTag, tag("TR") };
        }
    }

    void summary()
    {
        heading(PdfBlock::Kind::Heading2, RegisterReport::tr("Summary"));
        QList<QList<QList<PdfSpan>>> rows;
        for (RegisterState state : allStates) {
            const auto n = std::count_if(m_reg.entries.cbegin(), m_reg.entries.cend(),
                [state](const RegisterEntry &e) { return e.state == state; });
            rows.append(
                { { PdfSpan::plain(RegisterStateRules::displayName(state)) }, { PdfSpan::plain(QString::number(n)) } });
        }
        rows.append({ { PdfSpan::strong(RegisterReport::tr("All items")) },
            { PdfSpan::strong(QString::number(m_reg.entries.size())) } });
        table({ RegisterReport::tr("State"), RegisterReport::tr("Items") }, { 3, 1 }, rows);
    }

    void problems()
    {
        if (m_reg.problems.isEmpty())
            return;
        heading(PdfBlock::Kind::Heading2, RegisterReport::tr("Files not used"));
        const PdfTag list = tag("L");
        for (const RegisterProblem &problem : m_reg.problems)
            listItem(list, u"•"_s, { PdfSpan::plain(problem.text()) });
    }

    void audits()
    {
        if (m_reg.entries.isEmpty()) {
            paragraph({ PdfSpan::emphasis(RegisterReport::tr("No items.")) });
            return;
        }
        // The entries come by audit reference and board: each run of one audit to one board
        // is a section of its own.
        qsizetype start = 0;
        while (start < m_reg.entries.size()) {
            const RegisterEntry &first = m_reg.entries.at(start);
            qsizetype end = start + 1;
            while (end < m_reg.entries.size() && sameAudit(m_reg.entries.at(end), first))
                ++end;
            audit(start, end);
            start = end;
        }
    }

    static bool sameAudit(const RegisterEntry &a, const RegisterEntry &b)
    {
        return a.auditReference == b.auditReference && a.board == b.board && a.auditTitle == b.auditTitle;
    }

    void audit(qsizetype start, qsizetype end)
    {
        const RegisterEntry &first = m_reg.entries.at(start);
        QStringList title;
        for (const QString &part : { first.auditReference.trimmed(), first.auditTitle.trimmed() }) {
            if (!part.isEmpty())
                title.append(part);
        }
        heading(PdfBlock::Kind::Heading2,
            title.isEmpty() ? RegisterReport::tr("Audit without a name") : title.join(u" – "_s));
        labelled(RegisterReport::tr("Board"), { PdfSpan::plain(first.board) });
        QStringList files;
        for (const QString &file : { first.firstFile, first.followUpFile }) {
            if (!file.isEmpty())
                files.append(file);
        }
        if (!files.isEmpty()) {
            labelled(RegisterReport::tr("Statements"), { PdfSpan::plain(files.join(u", "_s)) });
            m_blocks.last().spaceBefore = 1;
        }

        QList<QList<QList<PdfSpan>>> rows;
        for (qsizetype i = start; i < end; ++i) {
            const RegisterEntry &e = m_reg.entries.at(i);
            QList<PdfSpan> item { PdfSpan::strong(
                m_labels.itemKind(e.itemKind) + (e.itemNumber.isEmpty() ? QString() : u' ' + e.itemNumber)) };
            if (const QString text = shortText(e.itemText); !text.isEmpty())
                item.append(PdfSpan::plain(u"\n"_s + text));
            const bool overdue = e.state == RegisterState::Overdue || e.state == RegisterState::NotFollowedUp;
            const QString state = RegisterStateRules::displayName(e.state);
            const QDate next = RegisterDates::next(e);
            QList<PdfSpan> measures;
            for (const RegisterEntry::PromisedMeasure &m : e.measures) {
                QStringList about;
                if (!m.owner.trimmed().isEmpty())
                    about.append(m.owner.simplified());
                if (const QString deadline = m.deadline.displayText(m_language).simplified(); !deadline.isEmpty())
                    about.append(deadline);
                about.append(m_labels.measureStatusHeading(m.status));
                measures.append(PdfSpan::plain((measures.isEmpty() ? QString() : u"\n"_s) + m.title.simplified()));
                measures.append(PdfSpan::plain(u" ("_s + about.join(u", "_s) + u')'));
            }
            if (measures.isEmpty())
                measures.append(PdfSpan::emphasis(
                    !e.notOurs.trimmed().isEmpty() ? e.notOurs.simplified() : RegisterReport::tr("No measures")));
            rows.append({ item, { overdue ? PdfSpan::strong(state) : PdfSpan::plain(state) },
                { PdfSpan::plain(next.isValid() ? next.toString(Qt::ISODate) : u"–"_s) }, measures });
        }
        table({ RegisterReport::tr("Item"), RegisterReport::tr("State"), RegisterReport::tr("Next date"),
                  RegisterReport::tr("Measures, responsible and deadline") },
            { 3.2, 1.6, 1.7, 4.5 }, rows);
    }

    const Register &m_reg;
    const QString m_language;
    const DocumentLabels m_labels;
};

} // namespace

Result<PdfDocument, QString> RegisterReport::layout(const Register &reg, const PdfStyle &style)
{
    const QString language = RegisterStateRules::language();
    const DocumentLabels labels(language);
    PdfDocumentInfo info;
    info.language = language;
    info.pdfLanguage = labels.pdfLanguage(language);
    info.headerLeft = { tr("Register of recommendations") };
    info.headerRight = { reg.judgedOn.toString(Qt::ISODate) };
    info.title = tr("Register of recommendations") + u": "_s + reg.folder;
    info.subject = tr("%1 judged on %2").arg(reg.folder, reg.judgedOn.toString(Qt::ISODate));
    info.keywords = reg.folder;
    return PdfDocument::layout(RegisterBlockBuilder(reg, style).build(), info, style);
}

Result<QStringList, FileError> RegisterReport::write(const Register &reg, const QString &path)
{
    auto document = layout(reg);
    if (!document)
        return Result<QStringList, FileError>::failure(
            { FileError::Kind::CannotWrite, path, QString(), document.error() });
    return PdfExporter::write(document.value(), path);
}

} // namespace yttra
