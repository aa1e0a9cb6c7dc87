// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "dialogs/settingsdialog.h"
#include "document/statementdocument.h"
#include "editor/detailspage.h"
#include "editor/statementeditor.h"
#include "examplewindow.h"
#include "guitesthelpers.h"
#include "preview/previewpane.h"
#include "session/boardlogo.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "toolrun.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The shapes tell the logos apart in the outputs, whatever size an export draws them at.
constexpr QSize wideLogo{300, 100};
constexpr QSize squareLogo{200, 200};

/// The width / height of each image a reader we did not write (poppler's pdfimages) finds
/// on the first page of a PDF.
QList<double> firstPageImageShapes(const QString &pdf)
{
    const test::ToolRun run = test::runTool(u"pdfimages"_s, {u"-list"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf});
    QList<double> shapes;
    static const QRegularExpression row(uR"(^\s*1\s+\d+\s+image\s+(\d+)\s+(\d+)\s)"_s);
    for (const QString &line : run.stdOut.split(u'\n')) {
        const auto match = row.match(line);
        if (match.hasMatch())
            shapes.append(match.captured(1).toDouble() / match.captured(2).toDouble());
    }
    return shapes;
}

/// The width / height of each PNG in a Word document's media folder, read with Python's zipfile.
QList<double> wordImageShapes(const QString &docx)
{
    const QString script = uR"(import sys, zipfile, struct
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith('word/media/'):
            data = z.read(name)
            if data[:8] == b'\x89PNG\r\n\x1a\n':
                w, h = struct.unpack('>II', data[16:24])
                print(w / h))"_s;
    const test::ToolRun run = test::runTool(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, script, docx});
    QList<double> shapes;
    for (const QString &line : run.stdOut.split(u'\n', Qt::SkipEmptyParts))
        shapes.append(line.toDouble());
    return shapes;
}

bool hasShape(const QList<double> &shapes, QSize size)
{
    const double wanted = double(size.width()) / size.height();
    return std::any_of(shapes.cbegin(), shapes.cend(), [wanted](double shape) { return std::abs(shape - wanted) < 0.05; });
}

} // namespace

/// The board's logo in the window: chosen, described and removed on the statement's details
/// page as undoable edits, refused with a message when it is no image, kept per board in
/// the settings, and the statement's own logo or else its board's drawn by every export.
class TestBoardLogo : public QObject, public test::ExampleWindow
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void choosingALogoIsOneUndoableStep();
    void descriptionTypingMergesIntoOneStep();
    void removingIsUndoable();
    void badFilesAreRefusedAndNothingChanges_data();
    void badFilesAreRefusedAndNothingChanges();
    void readOnlyStatementKeepsItsLogo();
    void settingsLogoWhenTheFileHasNone();
    void unreadableLogoIsLeftOutAndSaidSo();
    void previewShowsTheLogoTheExportsDraw();
    void fileWithAnUnreadableLogoOpensWithAWarning();
    void logosPerBoardInTheSettingsDialog();
    void settingsRefuseALogoTooLarge();

private:
    DetailsPage *details() const { return m_window->editor()->detailsPage(); }
    template <typename T>
    T *onDetails(const QString &name) const
    {
        return details()->findChild<T *>(name);
    }
    StatementDocument *document() const { return m_window->document(); }
    const Statement &statement() const { return m_window->document()->statement(); }
    QString writePng(const QString &name, QSize size, QColor colour);
    /// Chooses the file as the logo through the details page's button.
    void chooseThroughButton(const QString &path);

    QString m_wide;
    QString m_square;
    QString m_svg;
};

void TestBoardLogo::init()
{
    openExampleWindow(u"Anna Berg"_s, QSize(1300, 850));
    m_wide = writePng(u"kommunen.png"_s, wideLogo, QColor(0x00, 0x5a, 0x9c));
    m_square = writePng(u"namnden.png"_s, squareLogo, QColor(0xc4, 0x2b, 0x1c));
    m_svg = m_dir->filePath(u"logga.svg"_s);
    QFile svg(m_svg);
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">)"
              R"(<rect width="120" height="40" fill="#005a9c"/><circle cx="20" cy="20" r="14" fill="#ffd200"/></svg>)");
    svg.close();
    m_window->editor()->showPage(StatementEditor::Page::Details);
    // The example carries no logo of its own, and the settings none for its board.
    QVERIFY(statement().logo.isEmpty());
}

void TestBoardLogo::cleanup()
{
    closeExampleWindow();
}

QString TestBoardLogo::writePng(const QString &name, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir->filePath(name);
    if (!image.save(path, "PNG"))
        return {};
    return path;
}

void TestBoardLogo::chooseThroughButton(const QString &path)
{
    FileDialog::setNextFileName(path);
    QTest::mouseClick(onDetails<QPushButton>(u"chooseLogoButton"_s), Qt::LeftButton);
}

void TestBoardLogo::choosingALogoIsOneUndoableStep()
{
    auto *preview = onDetails<QLabel>(u"logoPreview"_s);
    auto *remove = onDetails<QPushButton>(u"removeLogoButton"_s);
    auto *description = onDetails<QLineEdit>(u"logoDescriptionEdit"_s);
    QVERIFY(preview && remove && description);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!description->isEnabled()); // nothing to describe yet
    const int steps = document()->undoStack()->count();

    chooseThroughButton(m_svg);
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(statement().logo.mediaType, u"image/svg+xml"_s);
    QCOMPARE(statement().logo.data, test::readFile(m_svg));
    QCOMPARE(document()->undoStack()->count(), steps + 1);
    QVERIFY(document()->isModified());
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(remove->isEnabled());
    QVERIFY(description->isEnabled());
    QVERIFY2(m_window->findChild<QAction *>(u"actionUndo"_s)->text().contains(u"logo"_s),
             qPrintable(m_window->findChild<QAction *>(u"actionUndo"_s)->text()));

    // Another picture replaces it, as a step of its own.
    chooseThroughButton(m_wide);
    QCOMPARE(statement().logo.mediaType, u"image/png"_s);
    QCOMPARE(document()->undoStack()->count(), steps + 2);

    document()->undoStack()->undo();
    QCOMPARE(statement().logo.mediaType, u"image/svg+xml"_s);
    document()->undoStack()->undo();
    QVERIFY(statement().logo.isEmpty());
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!description->isEnabled());
    QVERIFY(!document()->isModified());
    document()->undoStack()->redo();
    QCOMPARE(statement().logo.data, test::readFile(m_svg));
    QVERIFY(!preview->pixmap().isNull());

    // Cancelling the file dialog changes nothing.
    chooseThroughButton(QString());
    QCOMPARE(statement().logo.data, test::readFile(m_svg));
    QCOMPARE(document()->undoStack()->index(), steps + 1);
}

void TestBoardLogo::descriptionTypingMergesIntoOneStep()
{
    chooseThroughButton(m_wide);
    const int steps = document()->undoStack()->count();
    auto *description = onDetails<QLineEdit>(u"logoDescriptionEdit"_s);
    QVERIFY(description->isEnabled());
    QVERIFY(!description->placeholderText().isEmpty());
    QVERIFY(!description->toolTip().isEmpty());
    description->setFocus();
    test::typeText(description, u"Malmö stad"_s);
    QCOMPARE(statement().logo.description, u"Malmö stad"_s);
    QCOMPARE(document()->undoStack()->count(), steps + 1);

    // A new picture keeps what the logo stands for.
    chooseThroughButton(m_square);
    QCOMPARE(statement().logo.description, u"Malmö stad"_s);
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(statement().logo.description, QString());
    QCOMPARE(description->text(), QString());
    QCOMPARE(statement().logo.data, test::readFile(m_wide));
    document()->undoStack()->redo();
    QCOMPARE(description->text(), u"Malmö stad"_s);
}

void TestBoardLogo::removingIsUndoable()
{
    chooseThroughButton(m_wide);
    YTTRA_VERIFY_OK(document()->setField(u"/logo/description"_s, u"Kommunen"_s));
    const Logo chosen = statement().logo;
    const int steps = document()->undoStack()->count();
    QTest::mouseClick(onDetails<QPushButton>(u"removeLogoButton"_s), Qt::LeftButton);
    QVERIFY(statement().logo.isEmpty());
    QCOMPARE(document()->undoStack()->count(), steps + 1);
    QVERIFY(!onDetails<QLineEdit>(u"logoDescriptionEdit"_s)->isEnabled());
    // Without a logo there is no description to set.
    QVERIFY(!document()->setField(u"/logo/description"_s, u"Kommunen"_s));
    document()->undoStack()->undo();
    QCOMPARE(statement().logo, chosen);
    QCOMPARE(onDetails<QLineEdit>(u"logoDescriptionEdit"_s)->text(), u"Kommunen"_s);
}

void TestBoardLogo::badFilesAreRefusedAndNothingChanges_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    QTest::newRow("text") << u"logga.png"_s << QByteArray("inte en bild") << u"neither a PNG nor an SVG"_s;
    QTest::newRow("cut-off png") << u"avklippt.png"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"cannot be used"_s;
    QTest::newRow("broken svg") << u"trasig.svg"_s << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect") << u"cannot be used"_s;
    QTest::newRow("missing") << QString() << QByteArray() << u"does not exist"_s;
}

void TestBoardLogo::badFilesAreRefusedAndNothingChanges()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    chooseThroughButton(m_wide);
    const Logo before = statement().logo;
    const int steps = document()->undoStack()->count();
    QString path = m_dir->filePath(name.isEmpty() ? u"borta.png"_s : name);
    if (!name.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    MessageBox::clearLastMessage();
    chooseThroughButton(path);
    const QString message = MessageBox::lastMessage();
    QVERIFY2(message.startsWith(u"Cannot use the logo: "_s), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
    QCOMPARE(statement().logo, before);
    QCOMPARE(document()->undoStack()->count(), steps);
}

void TestBoardLogo::readOnlyStatementKeepsItsLogo()
{
    chooseThroughButton(m_wide);
    m_window->editor()->setReadOnly(true);
    QVERIFY(!onDetails<QPushButton>(u"chooseLogoButton"_s)->isEnabled());
    QVERIFY(!onDetails<QPushButton>(u"removeLogoButton"_s)->isEnabled());
    QVERIFY(onDetails<QLineEdit>(u"logoDescriptionEdit"_s)->isReadOnly());
    details()->setLogo(Logo{u"image/png"_s, test::readFile(m_square), {}});
    details()->removeLogo();
    QCOMPARE(statement().logo.data, test::readFile(m_wide));
    m_window->editor()->setReadOnly(false);
    QVERIFY(onDetails<QPushButton>(u"removeLogoButton"_s)->isEnabled());
}

void TestBoardLogo::settingsLogoWhenTheFileHasNone()
{
    const QString board = statement().board;
    YTTRA_VERIFY_OK(m_settings->setBoardLogo(board, Logo{u"image/png"_s, test::readFile(m_wide), u"Kommunen"_s}));
    QCOMPARE(BoardLogo::effective(statement(), m_settings.get()).data, test::readFile(m_wide));
    // The details page shows it, greyed, and says where it comes from.
    QVERIFY(!onDetails<QLabel>(u"logoPreview"_s)->pixmap().isNull());
    QVERIFY2(onDetails<QLabel>(u"logoSourceLabel"_s)->text().contains(board), qPrintable(onDetails<QLabel>(u"logoSourceLabel"_s)->text()));
    QVERIFY(!onDetails<QPushButton>(u"removeLogoButton"_s)->isEnabled()); // nothing of the statement's own to remove

    // The settings' logo in the PDF, the review copy and the Word document.
    const QString pdf = m_dir->filePath(u"yttrande.pdf"_s);
    QVERIFY(m_window->exportToPdf(pdf));
    QVERIFY2(hasShape(firstPageImageShapes(pdf), wideLogo), "the board's logo from the settings on the first page");
    const QString reviewCopy = m_dir->filePath(u"granskning.pdf"_s);
    QVERIFY(m_window->exportToPdf(reviewCopy, PdfCopy::ReviewCopy));
    QVERIFY(hasShape(firstPageImageShapes(reviewCopy), wideLogo));
    const QString docx = m_dir->filePath(u"yttrande.docx"_s);
    QVERIFY(m_window->exportToWord(docx, QString()));
    QVERIFY2(hasShape(wordImageShapes(docx), wideLogo), "the board's logo from the settings in the Word header");

    // Another board has no logo in the settings: none is drawn.
    YTTRA_VERIFY_OK(document()->setField(u"/board"_s, u"Tekniska nämnden"_s));
    QVERIFY(BoardLogo::effective(statement(), m_settings.get()).isEmpty());
    QVERIFY(m_window->exportToPdf(pdf));
    QVERIFY(firstPageImageShapes(pdf).isEmpty());
    document()->undoStack()->undo();

    // The statement's own logo wins over the board's.
    chooseThroughButton(m_square);
    QCOMPARE(BoardLogo::effective(statement(), m_settings.get()).data, test::readFile(m_square));
    QVERIFY(m_window->exportToPdf(pdf));
    const QList<double> shapes = firstPageImageShapes(pdf);
    QVERIFY(hasShape(shapes, squareLogo));
    QVERIFY(!hasShape(shapes, wideLogo));
    QVERIFY(m_window->exportToWord(docx, QString()));
    QVERIFY(hasShape(wordImageShapes(docx), squareLogo));
    QVERIFY(!hasShape(wordImageShapes(docx), wideLogo));
    // The settings' logo is not written into the file.
    document()->undoStack()->undo();
    YTTRA_VERIFY_OK(document()->saveAs(m_dir->filePath(u"ks.yttrande"_s)));
    QVERIFY(!test::readFile(m_dir->filePath(u"ks.yttrande"_s)).contains("\"logo\""));
}

void TestBoardLogo::unreadableLogoIsLeftOutAndSaidSo()
{
    // The settings hold a logo whose bytes are no image (a settings file edited by hand).
    const QString board = statement().board;
    YTTRA_VERIFY_OK(m_settings->setBoardLogo(board, Logo{u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\nnot really"), {}}));
    QVERIFY2(onDetails<QLabel>(u"logoSourceLabel"_s)->text().contains(u"cannot be drawn"_s),
             qPrintable(onDetails<QLabel>(u"logoSourceLabel"_s)->text()));

    // The export finishes without it, and says so afterwards, with where to change it.
    const QString pdf = m_dir->filePath(u"yttrande.pdf"_s);
    MessageBox::clearLastMessage();
    QVERIFY(m_window->exportToPdf(pdf));
    QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
    QVERIFY(firstPageImageShapes(pdf).isEmpty());
    QString message = MessageBox::lastMessage();
    QVERIFY2(message.startsWith(u"Exported to PDF, with warnings: "_s) && message.contains(u"logo is left out"_s)
                 && message.contains(u"Settings"_s) && message.contains(QDir::toNativeSeparators(pdf)),
             qPrintable(message));
    // Word too.
    MessageBox::clearLastMessage();
    QVERIFY(m_window->exportToWord(m_dir->filePath(u"yttrande.docx"_s), QString()));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Exported to Word, with warnings: "_s)
                 && MessageBox::lastMessage().contains(u"Settings"_s),
             qPrintable(MessageBox::lastMessage()));
    // Printing too.
    const QString printed = m_dir->filePath(u"utskrift.pdf"_s);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    MessageBox::clearLastMessage();
    QVERIFY(m_window->print(printer));
    QVERIFY(test::readFile(printed).startsWith("%PDF-"));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Printed, with warnings: "_s), qPrintable(MessageBox::lastMessage()));

    // The statement's own logo, broken: the same, without pointing to the settings.
    YTTRA_VERIFY_OK(document()->setField(u"/logo"_s, QVariant::fromValue(Logo{u"image/svg+xml"_s, QByteArray("<svg"), {}})));
    QVERIFY2(onDetails<QLabel>(u"logoSourceLabel"_s)->text().contains(u"cannot be drawn"_s),
             qPrintable(onDetails<QLabel>(u"logoSourceLabel"_s)->text()));
    MessageBox::clearLastMessage();
    QVERIFY(m_window->exportToPdf(pdf, PdfCopy::ReviewCopy));
    message = MessageBox::lastMessage();
    QVERIFY2(message.contains(u"logo is left out"_s) && !message.contains(u"Settings"_s), qPrintable(message));
}

void TestBoardLogo::previewShowsTheLogoTheExportsDraw()
{
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::PreviewVisible, true));
    PreviewPane *preview = m_window->preview();
    preview->setDelay(20);
    QTRY_VERIFY(preview->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0, 20000);
    const QImage without = preview->layout().renderPage(0, 30);

    // The board's logo set in the settings: laid out again, with it.
    int layouts = preview->layoutsDone();
    YTTRA_VERIFY_OK(m_settings->setBoardLogo(statement().board, Logo{u"image/png"_s, test::readFile(m_wide), {}}));
    QTRY_VERIFY_WITH_TIMEOUT(preview->layoutsDone() > layouts, 20000);
    const QImage withSettingsLogo = preview->layout().renderPage(0, 30);
    QVERIFY(withSettingsLogo != without);

    // The statement's own logo instead.
    layouts = preview->layoutsDone();
    chooseThroughButton(m_square);
    QTRY_VERIFY_WITH_TIMEOUT(preview->layoutsDone() > layouts, 20000);
    QVERIFY(preview->layout().renderPage(0, 30) != withSettingsLogo);

    // One that cannot be drawn: the preview says so, as the exports do.
    layouts = preview->layoutsDone();
    YTTRA_VERIFY_OK(document()->setField(u"/logo"_s, QVariant::fromValue(Logo{u"image/svg+xml"_s, QByteArray("<svg"), {}})));
    QTRY_VERIFY_WITH_TIMEOUT(preview->layoutsDone() > layouts, 20000);
    QStringList said;
    for (const QLabel *label : preview->findChildren<QLabel *>()) {
        if (label->isVisible())
            said.append(label->text());
    }
    QVERIFY2(said.join(u'\n').contains(u"logo is left out"_s), qPrintable(said.join(u'\n')));
    QCOMPARE(preview->layout().renderPage(0, 30), without);
}

void TestBoardLogo::fileWithAnUnreadableLogoOpensWithAWarning()
{
    const QString path = m_dir->filePath(u"trasig.yttrande"_s);
    YTTRA_VERIFY_OK(document()->saveAs(path));
    QByteArray json = test::readFile(path);
    const qsizetype board = json.indexOf("\"board\"");
    QVERIFY(board > 0);
    json.insert(board, "\"logo\": {\"mediaType\": \"image/gif\", \"data\": \"R0lGODlh\"},\n  ");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    m_window->document()->undoStack()->setClean();
    m_window->newStatement();
    MessageBox::clearLastMessage();
    QVERIFY(m_window->openFile(path));
    const QString message = MessageBox::lastMessage();
    QVERIFY2(message.startsWith(u"Opened, with warnings: "_s) && message.contains(u"/logo"_s), qPrintable(message));
    QVERIFY(statement().logo.isEmpty());
}

void TestBoardLogo::logosPerBoardInTheSettingsDialog()
{
    const QString board = statement().board;
    YTTRA_VERIFY_OK(m_settings->setBoardLogo(u"Socialnämnden"_s, Logo{u"image/png"_s, test::readFile(m_square), {}}));
    QStringList rows;
    bool iconShown = false;
    test::whenDialog<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(u"boardLogoList"_s);
        for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
            rows.append(list->topLevelItem(i)->text(0));
            iconShown = !list->topLevelItem(i)->icon(1).isNull();
        }
        // The open statement's board is offered for the new logo; a description is typed for it.
        MessageBox::setNextText(board);
        FileDialog::setNextFileName(m_svg);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addLogoButton"_s), Qt::LeftButton);
        auto *description = dialog->findChild<QLineEdit *>(u"boardLogoDescriptionEdit"_s);
        if (description && list && list->currentItem() && list->currentItem()->text(0) == board)
            test::typeText(description, u"Malmö stad"_s);
        // Another board's logo is removed.
        for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == u"Socialnämnden"_s) {
                list->setCurrentItem(list->topLevelItem(i));
                QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeLogoButton"_s), Qt::LeftButton);
            }
        }
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
    QCOMPARE(rows, QStringList{u"Socialnämnden"_s});
    QVERIFY(iconShown);
    const Logo kept = m_settings->boardLogo(board);
    QCOMPARE(kept.mediaType, u"image/svg+xml"_s);
    QCOMPARE(kept.data, test::readFile(m_svg));
    QCOMPARE(kept.description, u"Malmö stad"_s);
    QVERIFY(m_settings->boardLogo(u"Socialnämnden"_s).isEmpty());
    // Kept as bytes: the file may go.
    QVERIFY(QFile::remove(m_svg));
    QCOMPARE(m_settings->boardLogo(board.toUpper()).data, kept.data);
    // The details page follows the settings at once.
    QVERIFY(!onDetails<QLabel>(u"logoPreview"_s)->pixmap().isNull());
}

void TestBoardLogo::settingsRefuseALogoTooLarge()
{
    // A PNG of noise does not compress: larger than the settings keep, smaller than a file may hold.
    QImage noise(700, 400, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x) {
            seed = seed * 1664525u + 1013904223u;
            noise.setPixel(x, y, seed >> 8);
        }
    }
    const QString large = m_dir->filePath(u"stor.png"_s);
    QVERIFY(noise.save(large, "PNG"));
    QVERIFY(QFileInfo(large).size() > Settings::maxBoardLogoBytes);
    QString message;
    test::whenDialog<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        MessageBox::clearLastMessage();
        MessageBox::setNextText(u"Kommunstyrelsen"_s);
        FileDialog::setNextFileName(large);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addLogoButton"_s), Qt::LeftButton);
        message = MessageBox::lastMessage();
        dialog->accept();
    });
    m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
    QVERIFY2(message.startsWith(u"Cannot use the logo: "_s) && message.contains(u"stor.png"_s) && message.contains(u"KB"_s),
             qPrintable(message));
    QVERIFY(m_settings->boardLogo(u"Kommunstyrelsen"_s).isEmpty());
    // In the statement's own file it is welcome.
    chooseThroughButton(large);
    QCOMPARE(statement().logo.data, test::readFile(large));
}

} // namespace yttra

QTEST_MAIN(yttra::TestBoardLogo)
#include "tst_boardlogo.moc"
