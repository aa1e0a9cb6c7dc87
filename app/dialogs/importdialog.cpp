// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"
#include "ui_importdialog.h"

#include "dialogs/reportpageview.h"
#include "import/reportimporter.h"
#include "language/documentlabels.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

ImportDialog::ImportDialog(ImportedReport report, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_report(std::move(report))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Statement"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QStringList details;
    details << u"<b>%1 %2</b>"_s.arg(m_report.title.toHtmlEscaped(), m_report.reference.toHtmlEscaped());
    if (!m_report.auditor.isEmpty())
        details << tr("Auditor: %1").arg(m_report.auditor.toHtmlEscaped());
    if (!m_report.reportDate.isEmpty() || !m_report.decisionDate.isEmpty())
        details << tr("Report date: %1 · decided: %2").arg(m_report.reportDate, m_report.decisionDate);
    details << tr("Addressed to: %1").arg(m_report.addressees.join(u", "_s).toHtmlEscaped());
    if (!m_report.informed.isEmpty())
        details << tr("For information: %1").arg(m_report.informed.join(u", "_s).toHtmlEscaped());
    for (const DueDate &due : std::as_const(m_report.dueDates)) {
        details << tr("Due: %1, %2 statement, %3")
                       .arg(due.board.isEmpty() ? tr("whichever board answers") : due.board.toHtmlEscaped(), due.round == StatementKind::First ? tr("first") : tr("follow-up"),
                            due.date.toString(Qt::ISODate));
    }
    m_ui->detailsLabel->setText(details.join(u"<br>"_s));
    m_ui->notesLabel->setText(m_report.notes.join(u"\n"_s));
    m_ui->notesLabel->setVisible(!m_report.notes.isEmpty());

    const QStringList boards = m_report.boards();
    m_ui->boardBox->addItems(boards);
    m_ui->kindBox->addItem(tr("First statement"), QVariant::fromValue(int(StatementKind::First)));
    m_ui->kindBox->addItem(tr("Follow-up statement"), QVariant::fromValue(int(StatementKind::FollowUp)));

    m_pageView = new ReportPageView(m_ui->reviewSplitter);
    m_pageView->setObjectName(u"reportPageView"_s);
    m_pageView->setReportFile(m_report.file);
    m_ui->reviewSplitter->addWidget(m_pageView);
    m_ui->reviewSplitter->setStretchFactor(0, 1);
    m_ui->reviewSplitter->setStretchFactor(1, 1);
    m_ui->reviewSplitter->setSizes({width() * 11 / 20, width() * 9 / 20});

    fillCandidates();
    connect(m_ui->boardBox, &QComboBox::currentTextChanged, this, &ImportDialog::selectBoard);
    selectBoard(m_ui->boardBox->currentText());

    QTableWidget *table = m_ui->candidateTable;
    connect(table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_report.candidates.size())
            m_pageView->showCandidate(m_report.candidates.at(row));
        else
            m_pageView->clear();
    });
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Use)
            updateChosen();
    });
    // Space ticks the row whichever of its cells is current; typing no longer starts an edit
    // (F2 or a double-click does), so going through the list with the keyboard is quick.
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, &ImportDialog::toggleCurrentRow);
    if (table->rowCount() > 0)
        table->setCurrentCell(0, Use);
    updateChosen();

    // Wide enough for the list and a readable page, but never larger than the screen.
    if (const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableSize() * 0.95));
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillCandidates()
{
    QTableWidget *table = m_ui->candidateTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Use"), tr("Kind"), tr("Addressed to"), tr("Page"), tr("Text")});
    table->setRowCount(static_cast<int>(m_report.candidates.size()));
    const DocumentLabels labels(u"sv");
    for (int row = 0; row < table->rowCount(); ++row) {
        const ImportCandidate &c = m_report.candidates.at(row);
        auto *use = new QTableWidgetItem();
        use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        use->setCheckState(c.selected ? Qt::Checked : Qt::Unchecked);
        table->setItem(row, Use, use);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        QTableWidgetItem *kind = readOnly(labels.itemKind(c.kind) + (c.number.isEmpty() ? QString() : u" "_s + c.number));
        if (c.uncertain) {
            kind->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            const QString check = tr("Read by text recognition (OCR) from a scanned page: check the text against the page.");
            kind->setToolTip(check);
            kind->setData(Qt::AccessibleDescriptionRole, check);
        }
        table->setItem(row, Kind, kind);
        QTableWidgetItem *boards = readOnly(c.boards.join(u", "_s));
        boards->setToolTip(boards->text());
        table->setItem(row, Boards, boards);
        table->setItem(row, Page, readOnly(c.page() > 0 ? QString::number(c.page()) : QString()));
        table->setItem(row, Text, new QTableWidgetItem(c.text)); // editable: the user mends what the PDF broke
    }
    table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    // The boards repeat on every row: the text needs the width more (the cell's tip has them all).
    table->setColumnWidth(Boards, std::min(table->columnWidth(Boards), fontMetrics().horizontalAdvance(u'x') * 18));
    table->resizeRowsToContents();
    // The texts wrap: as the splitter or the dialog changes the text column's width, the rows
    // take the height their texts need, so each can be read whole beside its page.
    // Queued: while the header lays its sections out, the rows would still measure the old width.
    connect(
        table->horizontalHeader(), &QHeaderView::sectionResized, table,
        [table](int column) {
            if (column == Text)
                table->resizeRowsToContents();
        },
        Qt::QueuedConnection);
}

// Choosing a board ticks the recommendations and questions addressed to it; assessments
// stay offered but unticked, as the importer proposes. How the name was understood (or that
// the report names no such board, when the ticks alone decide) is shown under it.
void ImportDialog::selectBoard(const QString &typed)
{
    const BoardChoice chosen = ReportImporter::chooseAnyBoard(m_report, typed);
    m_ui->boardNoteLabel->setText(chosen.notes.join(u"\n"_s));
    m_ui->boardNoteLabel->setVisible(!chosen.notes.isEmpty());
    for (int row = 0; row < m_ui->candidateTable->rowCount(); ++row) {
        const ImportCandidate &c = m_report.candidates.at(row);
        const bool tick = c.selected && (c.boards.isEmpty() || c.concerns(chosen.board));
        m_ui->candidateTable->item(row, Use)->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
    }
}

void ImportDialog::toggleCurrentRow()
{
    const int row = m_ui->candidateTable->currentRow();
    if (row < 0)
        return;
    QTableWidgetItem *use = m_ui->candidateTable->item(row, Use);
    use->setCheckState(use->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void ImportDialog::updateChosen()
{
    QMap<ItemKind, std::pair<int, int>> counts; // chosen, found
    for (int row = 0; row < m_ui->candidateTable->rowCount(); ++row) {
        auto &[chosen, found] = counts[m_report.candidates.at(row).kind];
        ++found;
        chosen += m_ui->candidateTable->item(row, Use)->checkState() == Qt::Checked ? 1 : 0;
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto [chosen, found] = it.value();
        switch (it.key()) {
        case ItemKind::Recommendation:
            parts << tr("%1 of %n recommendation(s)", nullptr, found).arg(chosen);
            break;
        case ItemKind::Assessment:
            parts << tr("%1 of %n assessment(s)", nullptr, found).arg(chosen);
            break;
        case ItemKind::Question:
            parts << tr("%1 of %n question(s)", nullptr, found).arg(chosen);
            break;
        }
    }
    m_ui->chosenLabel->setText(parts.isEmpty() ? tr("Nothing was found to answer.")
                                               : tr("Chosen: %1").arg(parts.join(u", "_s)));
}

Statement ImportDialog::statement() const
{
    ImportedReport chosen = m_report;
    for (int row = 0; row < m_ui->candidateTable->rowCount(); ++row) {
        chosen.candidates[row].selected = m_ui->candidateTable->item(row, Use)->checkState() == Qt::Checked;
        chosen.candidates[row].text = m_ui->candidateTable->item(row, Text)->text();
    }
    const QString board = ReportImporter::chooseAnyBoard(chosen, m_ui->boardBox->currentText()).board;
    const auto kind = static_cast<StatementKind>(m_ui->kindBox->currentData().toInt());
    // The ticks are the user's choice: every ticked item is taken, whichever board it names.
    return ReportImporter::toStatement(chosen, board, kind, true);
}

} // namespace yttra
