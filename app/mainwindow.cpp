// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "documentlabels.h"
#include "example.h"
#include "itemlistmodel.h"
#include "measuretablemodel.h"
#include "messagebox.h"
#include "savefile.h"
#include "statementdocument.h"
#include "xlsxexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Item rows are a heading line and the start of the auditors' text, cut with "…" at the
// list's edge. Without this the list takes the width of its longest text and scrolls
// sideways, cutting every row off without a mark.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(1);
        return size;
    }
};

// The item's text and response as one markdown page for the read-only view.
QString itemPage(const Statement &s, qsizetype index)
{
    const Item &item = s.items.at(index);
    const Response &r = item.response;
    const DocumentLabels labels(s.language);
    QString md = u"## "_s + labels.itemHeading(s, index) + u"\n\n"_s;
    md += u"*"_s + labels.itemKind(item.kind) + (item.number.isEmpty() ? QString() : u" "_s + item.number) + u"*\n\n"_s;
    md += u"> "_s + QString(item.text).replace(u"\n"_s, u"\n> "_s) + u"\n\n"_s;
    auto section = [&md](const QString &heading, const QString &body) {
        if (!body.trimmed().isEmpty())
            md += u"### "_s + heading + u"\n\n"_s + body + u"\n\n"_s;
    };
    if (!r.notOurs.trimmed().isEmpty()) {
        section(MainWindow::tr("Not answered by this board"), r.notOurs);
        return md;
    }
    const bool first = s.kind == StatementKind::First;
    section(first ? MainWindow::tr("Planned measures") : MainWindow::tr("Previously decided measure"), r.measures);
    section(MainWindow::tr("Expected effect"), r.expectedEffect);
    section(MainWindow::tr("Done at the latest"), r.deadline.displayText(s.language));
    section(MainWindow::tr("Measures taken so far"), r.actionsTaken);
    section(MainWindow::tr("Effect achieved"), r.effectAchieved);
    QStringList linked;
    for (const Measure *m : s.measuresOfItem(item.id)) {
        QString line = u"- "_s + m->title + u" ("_s + labels.measureStatus(m->status);
        if (!m->deadline.isNone())
            line += u", "_s + m->deadline.displayText(s.language);
        linked.append(line + u")"_s);
    }
    section(MainWindow::tr("Linked measures"), linked.join(u"\n"_s));
    return md;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_items(new ItemListModel(this))
    , m_measures(new MeasureTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->itemList->setModel(m_items);
    m_ui->itemList->setItemDelegate(new ElidingDelegate(m_ui->itemList));
    m_ui->itemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->measureTable->setModel(m_measures);
    // The title takes the room the other columns leave, so the table fits the window
    // without scrolling sideways; long titles and comments wrap.
    m_ui->measureTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->measureTable->horizontalHeader()->setSectionResizeMode(MeasureTableModel::Title, QHeaderView::Stretch);
    m_ui->measureTable->verticalHeader()->setVisible(false);
    // Long titles and comments wrap instead of pushing the status off the screen.
    m_ui->measureTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->horizontalSplitter->setSizes({380, 820});
    m_ui->verticalSplitter->setSizes({460, 340});
    m_ui->messageBar->setStyleSheet(u"QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 6px; }"_s);

    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionOpenExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(m_ui->actionExportExcel, &QAction::triggered, this, &MainWindow::chooseExcelFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->itemList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItem(current.row()); });

    setDocument(std::make_unique<StatementDocument>());
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    auto opened = StatementDocument::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open the statement"), opened.error().text());
        return false;
    }
    setDocument(std::move(opened).value());
    return true;
}

void MainWindow::openExample()
{
    setDocument(std::make_unique<StatementDocument>(Example::statement()));
}

void MainWindow::setDocument(std::unique_ptr<StatementDocument> document)
{
    m_items->setDocument(document.get());
    m_measures->setDocument(document.get());
    m_document = std::move(document);

    const bool readOnly = m_document->isReadOnly();
    m_ui->messageBar->setVisible(readOnly);
    m_ui->messageBar->setText(readOnly ? m_document->readOnlyReason() : QString());

    const Statement &s = m_document->statement();
    QString heading = u"<b>%1</b>"_s.arg(s.board.toHtmlEscaped());
    if (!s.audit.title.isEmpty())
        heading += u" — "_s + s.audit.title.toHtmlEscaped();
    if (!s.audit.reference.isEmpty())
        heading += u" (%1)"_s.arg(s.audit.reference.toHtmlEscaped());
    heading += u"<br>"_s
               + (s.kind == StatementKind::First ? tr("First statement") : tr("Follow-up statement"))
               + u" · "_s + tr("%n item(s)", nullptr, static_cast<int>(s.items.size())) + u" · "_s
               + tr("%n measure(s)", nullptr, static_cast<int>(s.measures.size()));
    m_ui->statementTitle->setText(heading);
    // Short columns (deadline, status, case) get what they need, long ones at most a share
    // that lets all columns fit beside each other; their text wraps.
    m_ui->measureTable->resizeColumnsToContents();
    for (int column = 0; column < m_measures->columnCount(); ++column) {
        if (column == MeasureTableModel::Title)
            continue;
        const int cap = column == MeasureTableModel::Comment ? 240 : 190;
        m_ui->measureTable->setColumnWidth(column, std::min(m_ui->measureTable->columnWidth(column), cap));
    }

    if (m_items->rowCount() > 0)
        m_ui->itemList->setCurrentIndex(m_items->index(0));
    else
        m_ui->itemView->clear();
    updateTitle();
}

void MainWindow::showItem(int row)
{
    if (!m_document || row < 0 || row >= m_document->statement().items.size()) {
        m_ui->itemView->clear();
        return;
    }
    m_ui->itemView->setMarkdown(itemPage(m_document->statement(), row));
}

void MainWindow::updateTitle()
{
    const QString name = m_document->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(tr("%1 — Yttra").arg(name));
    statusBar()->showMessage(m_document->isReadOnly() ? tr("Read-only") : QString());
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Statement"), QString(), tr("Yttra statements (*.yttrande);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseExcelFile()
{
    QFileDialog dialog(this, tr("Export to Excel"), QString(), tr("Excel workbooks (*.xlsx)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // The dialog adds the extension itself, so it also asks before replacing that file.
    dialog.setDefaultSuffix(u"xlsx"_s);
    dialog.selectFile(suggestedExcelPath());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        exportToExcel(dialog.selectedFiles().first());
}

QString MainWindow::suggestedExcelPath() const
{
    const QString file = m_document->fileName();
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        return info.dir().filePath(info.completeBaseName() + u".xlsx"_s);
    }
    // A reference such as "KR-2026/0012" is not a file name as it stands.
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\s]+"_s);
    QString name = m_document->statement().audit.reference.trimmed().replace(unsafe, u"-"_s);
    if (name.isEmpty())
        name = DocumentLabels(m_document->statement().language).phrase(DocumentLabels::Phrase::DocumentType);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u".xlsx"_s);
}

bool MainWindow::exportToExcel(const QString &path)
{
    const QString title = tr("Cannot export to Excel");
    if (!m_document->fileName().isEmpty() && SaveFile::isSameFile(m_document->fileName(), path)) {
        MessageBox::critical(this, title,
                             tr("%1 is the statement's own file; choose another name for the workbook.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto written = XlsxExporter::write(m_document->statement(), path);
    if (!written) {
        MessageBox::critical(this, title, written.error().text());
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    if (!written.value().isEmpty()) {
        MessageBox::warning(this, tr("Exported to Excel, with warnings"),
                            tr("The workbook %1 was written, but:\n\n%2")
                                .arg(QDir::toNativeSeparators(path), written.value().join(u"\n\n"_s)));
    }
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Yttra"),
                       tr("<p><b>Yttra %1</b></p><p>Writes a board's statements to its auditors, from the audit "
                          "report to the signed PDF and the Excel action plan.</p><p>Licensed under the GNU GPL, "
                          "version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace yttra
