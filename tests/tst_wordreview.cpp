// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "dialogs/settingsdialog.h"
#include "document/statementdocument.h"
#include "docx/docxexporter.h"
#include "docxtools.h"
#include "examplewindow.h"
#include "format/example.h"
#include "format/statementfile.h"
#include "guitesthelpers.h"
#include "review/proposedchangesdialog.h"
#include "review/reviewediting.h"
#include "session/lockfile.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

using Decision = ProposedChangesDialog::Decision;

namespace {

const QString controlsTemplate = u"docx/sjovik-kontroller.dotx"_s;

using namespace test::reviewStep;

// The pictures in the first page header: the municipality's logo comes with its template.
int headerImages(const QJsonObject &docx)
{
    return docx.value(u"headers"_s).toArray().first().toObject().value(u"images"_s).toInt();
}

// The words a view shows struck through (deleted) or underlined (inserted), run by run.
QStringList marked(const QTextDocument *document, bool struck)
{
    QStringList runs;
    int end = -1; // where the last marked fragment ended: a run split by an anchor is one on screen
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!(struck ? format.fontStrikeOut() : format.fontUnderline()))
                continue;
            if (fragment.position() == end)
                runs.last() += fragment.text();
            else
                runs.append(fragment.text());
            end = fragment.position() + fragment.length();
        }
    }
    return runs;
}

QStringList paragraphs(const QJsonObject &docx)
{
    QStringList texts;
    for (const QJsonValue &value : docx.value(u"paragraphs"_s).toArray())
        texts.append(value.toObject().value(u"text"_s).toString());
    return texts;
}

} // namespace

/// Word in the window: File → Export to Word (in the board's remembered template, or Yttra's
/// own), and File → Import Review from Word (comments onto their fields, each changed field
/// a proposed change accepted or rejected one by one, what could not be placed listed,
/// documents that are not the statement's refused). Each Word document is read back with
/// python-docx, and reviews are written the way Word writes them (tests/word/).
class TestWordReview : public QObject, public test::ExampleWindow
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportThroughTheMenu();
    void templateIsRememberedPerBoard();
    void missingTemplateIsNeverLeftOutUnasked();
    void templatesInTheSettingsDialog();
    void importedReviewIsDecidedChangeByChange();
    void whatCannotBePlacedIsListed();
    void documentsNotOursAreRefused();
    void readOnlyTextsRefuseChanges();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    StatementDocument *document() const { return m_window->document(); }
    const Statement &statement() const { return m_window->document()->statement(); }
    /// Reads a Word document back with python-docx; an empty object after a test failure.
    QJsonObject readBack(const QString &path);
    /// Exports the open statement through the menu (the save dialog answered with `name`).
    QString exportThroughMenu(const QString &name);
    /// `exported` reviewed in Word with the steps; the reviewed document's path.
    QString review(const QString &exported, const QJsonArray &steps, const QString &name);
};

void TestWordReview::init()
{
    openExampleWindow(u"Anna Berg"_s, QSize(1300, 850));
}

void TestWordReview::cleanup()
{
    closeExampleWindow();
}

QJsonObject TestWordReview::readBack(const QString &path)
{
    QString error;
    const QJsonObject docx = test::readDocx(path, &error);
    if (docx.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return docx;
}

QString TestWordReview::exportThroughMenu(const QString &name)
{
    const QString out = m_dir->filePath(name);
    FileDialog::setNextFileName(out);
    action(u"actionExportWord"_s)->trigger();
    return out;
}

QString TestWordReview::review(const QString &exported, const QJsonArray &steps, const QString &name)
{
    QString error;
    const QString reviewed = test::reviewInWord(exported, steps, QDir(m_dir->path()), name, &error);
    if (reviewed.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return reviewed;
}

void TestWordReview::exportThroughTheMenu()
{
    QAction *word = action(u"actionExportWord"_s);
    QVERIFY(word);
    QVERIFY(m_window->menuBar()->findChild<QMenu *>(u"menuFile"_s)->actions().contains(word));
    QVERIFY(word->isEnabled());

    // Cancelling the save dialog writes nothing.
    FileDialog::setNextFileName(QString());
    word->trigger();
    QVERIFY(QDir(m_dir->path()).entryList({u"*.docx"_s}).isEmpty());

    const QString out = exportThroughMenu(u"yttrande.docx"_s);
    QVERIFY2(QFileInfo::exists(out), qPrintable(MessageBox::lastMessage()));
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"built-in"_s), qPrintable(m_window->statusBar()->currentMessage()));

    // The statement's text, as Word (python-docx) reads it, in Yttra's built-in template.
    const QJsonObject docx = readBack(out);
    const QStringList texts = paragraphs(docx);
    const QString firstOfSummary = statement().summary.section(u"\n\n"_s, 0, 0);
    QVERIFY(!firstOfSummary.isEmpty());
    QVERIFY2(texts.contains(firstOfSummary), qPrintable(texts.join(u'\n')));
    QVERIFY(texts.contains(statement().items.at(0).response.expectedEffect.section(u"\n\n"_s, 0, 0)));
    QCOMPARE(test::controlTexts(docx).value(u"yttra:/audit/reference"_s), statement().audit.reference);
    QVERIFY(!test::controlTexts(docx).contains(u"Handläggare"_s));

    // Never over the statement's own file; an error says why and leaves nothing behind.
    const QString own = m_dir->filePath(u"yttrande.yttrande"_s);
    QVERIFY(m_window->saveAs(own));
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->exportToWord(own, QString()));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot export to Word: "_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY(StatementFile::load(own).ok());
    const QString nowhere = m_dir->filePath(u"saknas/yttrande.docx"_s);
    FileDialog::setNextFileName(nowhere);
    word->trigger();
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot export to Word: "_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestWordReview::templateIsRememberedPerBoard()
{
    const QString board = statement().board;
    QVERIFY(!board.isEmpty());
    QAction *choose = action(u"actionWordTemplate"_s);
    QVERIFY(choose && choose->isEnabled());

    // The board has no template yet: the action asks for one, tries it, and remembers it.
    FileDialog::setNextFileName(test::dataPath(controlsTemplate));
    choose->trigger();
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_settings->wordTemplate(board), QFileInfo(test::dataPath(controlsTemplate)).absoluteFilePath());
    QCOMPARE(m_window->wordTemplate(), m_settings->wordTemplate(board));

    // The next export is in it: its header with the logo, and the author from the settings.
    const QJsonObject inTemplate = readBack(exportThroughMenu(u"i-mallen.docx"_s));
    QCOMPARE(test::controlTexts(inTemplate, u"header"_s).value(u"Nämnd"_s), board);
    QCOMPARE(headerImages(inTemplate), 1);
    QCOMPARE(test::controlTexts(inTemplate).value(u"Handläggare"_s), u"Anna Berg"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"sjovik-kontroller.dotx"_s));

    // Another board has its own (none: the built-in template)...
    YTTRA_VERIFY_OK(document()->setField(u"/board"_s, u"Tekniska nämnden"_s, StatementDocument::Merge::Separate));
    QCOMPARE(m_window->wordTemplate(), QString());
    const QJsonObject otherBoard = readBack(exportThroughMenu(u"annan-namnd.docx"_s));
    QVERIFY(!test::controlTexts(otherBoard).contains(u"Handläggare"_s));
    QCOMPARE(headerImages(otherBoard), 0);

    // ...and the first board's comes back with its name, and lasts beyond this window.
    document()->undoStack()->undo();
    QCOMPARE(statement().board, board);
    m_window->document()->undoStack()->setClean();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_dir->filePath(u"recovery"_s));
    m_window->show();
    m_window->openExample();
    QCOMPARE(test::controlTexts(readBack(exportThroughMenu(u"igen.docx"_s))).value(u"Handläggare"_s), u"Anna Berg"_s);

    // Back to Yttra's built-in template, asked first.
    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(QMessageBox::Reset);
    QVERIFY(m_window->chooseWordTemplate());
    QVERIFY2(MessageBox::lastMessage().contains(u"sjovik-kontroller.dotx"_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_settings->wordTemplate(board), QString());
    QVERIFY(!test::controlTexts(readBack(exportThroughMenu(u"inbyggd.docx"_s))).contains(u"Handläggare"_s));

    // What is no Word template is refused when chosen, not at the next export.
    const QString notWord = m_dir->filePath(u"mall.dotx"_s);
    QFile bad(notWord);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("inte en mall");
    bad.close();
    FileDialog::setNextFileName(notWord);
    QVERIFY(!m_window->chooseWordTemplate());
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot use the Word template: "_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_settings->wordTemplate(board), QString());
}

void TestWordReview::missingTemplateIsNeverLeftOutUnasked()
{
    // The template was on a drive that is gone.
    const QString copy = m_dir->filePath(u"mallar/ks.dotx"_s);
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(test::dataPath(controlsTemplate), copy));
    YTTRA_VERIFY_OK(m_settings->setWordTemplate(statement().board, copy));
    QVERIFY(QFile::remove(copy));

    // Cancel: nothing is written.
    const QString out = m_dir->filePath(u"yttrande.docx"_s);
    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action(u"actionExportWord"_s)->trigger();
    QCOMPARE(MessageBox::questionsAsked(), 1);
    QVERIFY2(MessageBox::lastMessage().contains(u"no longer there"_s) && MessageBox::lastMessage().contains(u"ks.dotx"_s),
             qPrintable(MessageBox::lastMessage()));
    QVERIFY(!QFileInfo::exists(out));

    // The built-in template this time, when the user says so; the choice stays remembered.
    MessageBox::setNextAnswer(QMessageBox::Ignore);
    exportThroughMenu(u"yttrande.docx"_s);
    QVERIFY(QFileInfo::exists(out));
    QVERIFY(!test::controlTexts(readBack(out)).contains(u"Handläggare"_s));
    QCOMPARE(m_settings->wordTemplate(statement().board), copy);

    // Or the template chosen again, and used.
    MessageBox::setNextAnswer(QMessageBox::Open);
    FileDialog::setNextFileName(test::dataPath(controlsTemplate));
    exportThroughMenu(u"i-mallen.docx"_s);
    QCOMPARE(test::controlTexts(readBack(m_dir->filePath(u"i-mallen.docx"_s))).value(u"Handläggare"_s), u"Anna Berg"_s);
    QCOMPARE(m_settings->wordTemplate(statement().board), QFileInfo(test::dataPath(controlsTemplate)).absoluteFilePath());

    // Called directly with a template that is gone, the export fails rather than leave it out.
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->exportToWord(m_dir->filePath(u"direkt.docx"_s), copy));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot export to Word: "_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"direkt.docx"_s)));
    // Nor is the template itself ever written over.
    const QByteArray templateBytes = test::readFile(test::dataPath(controlsTemplate));
    QVERIFY(!m_window->exportToWord(test::dataPath(controlsTemplate), test::dataPath(controlsTemplate)));
    QCOMPARE(test::readFile(test::dataPath(controlsTemplate)), templateBytes);
}

void TestWordReview::templatesInTheSettingsDialog()
{
    const QString board = statement().board;
    YTTRA_VERIFY_OK(m_settings->setWordTemplate(board, test::dataPath(controlsTemplate)));
    YTTRA_VERIFY_OK(m_settings->setWordTemplate(u"Socialnämnden"_s, m_dir->filePath(u"borta.dotx"_s)));
    QStringList rows;
    bool changed = false;
    test::whenDialog<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(u"wordTemplateList"_s);
        for (int i = 0; list && i < list->topLevelItemCount(); ++i)
            rows.append(list->topLevelItem(i)->text(0) + u" = "_s + list->topLevelItem(i)->text(1));
        // The open statement's board is the one selected; back to the built-in template.
        if (list && list->currentItem() && list->currentItem()->text(0) == board) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"builtInTemplateButton"_s), Qt::LeftButton);
            changed = true;
        }
        // A board is added with its name and its template.
        MessageBox::setNextText(u"Kultur- och fritidsnämnden"_s);
        FileDialog::setNextFileName(test::dataPath(u"docx/sjovik-bokmarken.docx"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addTemplateButton"_s), Qt::LeftButton);
        dialog->accept();
    });
    action(u"actionSettings"_s)->trigger();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.join(u'\n').contains(u"borta.dotx (no longer there)"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(changed);
    QCOMPARE(m_settings->wordTemplate(board), QString());
    QCOMPARE(m_settings->wordTemplate(u"Socialnämnden"_s), m_dir->filePath(u"borta.dotx"_s));
    QCOMPARE(m_settings->wordTemplate(u"Kultur- och fritidsnämnden"_s), test::dataPath(u"docx/sjovik-bokmarken.docx"_s));
}

void TestWordReview::importedReviewIsDecidedChangeByChange()
{
    const Statement before = statement();
    const QString exported = exportThroughMenu(u"yttrande.docx"_s);
    const QString reviewed = review(exported,
                                    {comment(u"yttra:/items/r1/response/expectedEffect"_s, u"lättare för chefer"_s, u"Karin Chef"_s,
                                             u"Hur mäter vi detta?"_s, 1),
                                     tracked(u"yttra:/items/r2/response/measures"_s, u"webbutbildning"_s, u"utbildning på webben"_s,
                                             u"Karin Chef"_s),
                                     typed(u"yttra:/summary"_s, u"delar i allt väsentligt"_s, u"delar helt"_s)},
                                    u"granskad"_s);
    QVERIFY(!reviewed.isEmpty());
    const int steps = document()->undoStack()->count();

    QAction *import = action(u"actionImportWordReview"_s);
    QVERIFY(import && import->isEnabled());
    QVERIFY(m_window->menuBar()->findChild<QMenu *>(u"menuFile"_s)->actions().contains(import));
    // Nothing is applied before the secretary decides: seen from inside the dialog.
    bool untouchedWhileOpen = false;
    QStringList fields;
    QStringList struck;
    QStringList underlined;
    QString report;
    bool acceptEnabled = false;
    QHash<QString, Decision> decisions;
    int askedOnClose = -1;
    bool keptOpenWhenUndecided = false;
    FileDialog::setNextFileName(reviewed);
    test::whenDialog<ProposedChangesDialog>(this, [&](ProposedChangesDialog *dialog) {
        // Closing with changes undecided asks first; Cancel keeps the dialog open.
        MessageBox::clearLastMessage();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog->reject();
        keptOpenWhenUndecided = MessageBox::questionsAsked() == 1 && MessageBox::lastMessage().contains(u"2 change"_s)
            && dialog->isVisible();
        untouchedWhileOpen = statement().summary == before.summary
            && statement().items.at(1).response.measures == before.items.at(1).response.measures;
        acceptEnabled = dialog->acceptButton()->isEnabled();
        report = dialog->reportView()->toPlainText();
        qsizetype measures = -1;
        for (qsizetype i = 0; i < dialog->changeCount(); ++i) {
            fields.append(dialog->list()->item(int(i))->text());
            if (dialog->change(i).pointer == u"/items/1/response/measures")
                measures = i;
        }
        if (measures >= 0) {
            // Shown as Compare Versions shows a change: the old words struck, the new underlined.
            dialog->list()->setCurrentRow(int(measures));
            struck = marked(dialog->changeView()->document(), true);
            underlined = marked(dialog->changeView()->document(), false);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        }
        // The other (the summary) is rejected.
        for (qsizetype i = 0; i < dialog->changeCount(); ++i) {
            if (dialog->decision(i) == Decision::Open) {
                dialog->list()->setCurrentRow(int(i));
                QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
            }
        }
        for (qsizetype i = 0; i < dialog->changeCount(); ++i)
            decisions.insert(dialog->change(i).pointer, dialog->decision(i));
        MessageBox::clearLastMessage();
        dialog->reject(); // Close: every change is decided, so nothing to ask
        askedOnClose = MessageBox::questionsAsked();
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    import->trigger();

    QVERIFY(keptOpenWhenUndecided);
    QVERIFY(untouchedWhileOpen);
    QVERIFY(acceptEnabled);
    QCOMPARE(fields.size(), 2);
    QVERIFY2(fields.join(u'\n').contains(u"Karin Chef"_s), qPrintable(fields.join(u'\n')));
    QCOMPARE(struck, QStringList{u"webbutbildning"_s});
    QCOMPARE(underlined, QStringList{u"utbildning på webben"_s});
    QVERIFY2(report.contains(u"1 new comment"_s), qPrintable(report));
    QCOMPARE(decisions.value(u"/items/1/response/measures"_s), Decision::Accepted);
    QCOMPARE(decisions.value(u"/summary"_s, Decision::Open), Decision::Rejected);
    QCOMPARE(askedOnClose, 0);

    // The comment is on its field and its words; the accepted change is in, the rejected one not.
    QVERIFY(statement().review);
    const QList<Comment> &comments = statement().review->comments;
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().target, u"/items/0/response/expectedEffect"_s);
    QCOMPARE(comments.first().quote, u"lättare för chefer"_s);
    QCOMPARE(comments.first().author, u"Karin Chef"_s);
    QCOMPARE(comments.first().text, u"Hur mäter vi detta?"_s);
    QVERIFY(m_window->commentsDock()->isVisible());
    QString expected = before.items.at(1).response.measures;
    expected.replace(u"webbutbildning"_s, u"utbildning på webben"_s);
    QCOMPARE(statement().items.at(1).response.measures, expected);
    QCOMPARE(statement().summary, before.summary);

    // One step for the comments, one for the accepted change: Undo takes them back in turn.
    QCOMPARE(document()->undoStack()->count(), steps + 2);
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(statement().items.at(1).response.measures, before.items.at(1).response.measures);
    QCOMPARE(statement().review->comments.size(), 1);
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(statement(), before);
}

void TestWordReview::whatCannotBePlacedIsListed()
{
    const QString exported = exportThroughMenu(u"yttrande.docx"_s);
    const QString reviewed = review(exported,
                                    {comment(u"heading:Förväntad effekt"_s, QString(), u"Karin Chef"_s, u"Rubriken?"_s, 1),
                                     typed(u"yttra:/items/r2/response/deadline"_s, u"första halvåret 2027"_s, u"när vi hinner"_s),
                                     QJsonObject{{u"deleteControl"_s, u"yttra:/items/r1/response/measures"_s}}},
                                    u"oplacerat"_s);
    QString report;
    int changes = -1;
    bool changesShown = true;
    test::whenDialog<ProposedChangesDialog>(this, [&](ProposedChangesDialog *dialog) {
        report = dialog->reportView()->toPlainText();
        changes = int(dialog->changeCount());
        changesShown = dialog->list()->isVisible();
        dialog->reject();
    });
    QVERIFY(m_window->importReviewFromWord(reviewed));
    QCOMPARE(changes, 0);
    QVERIFY(!changesShown);
    // A deadline Word cannot make one of, a deleted field, and a comment moved to its field: each said.
    QVERIFY2(report.contains(u"när vi hinner"_s), qPrintable(report));
    QVERIFY2(report.contains(u"deleted in Word"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Rubriken?"_s), qPrintable(report));
    QCOMPARE(statement().review->comments.size(), 1);
}

void TestWordReview::documentsNotOursAreRefused()
{
    const int steps = document()->undoStack()->count();
    const Statement before = statement();
    // A municipality's template, not exported by Yttra.
    MessageBox::clearLastMessage();
    FileDialog::setNextFileName(test::dataPath(u"docx/sjovik-bokmarken.docx"_s));
    action(u"actionImportWordReview"_s)->trigger();
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot import the review from Word: "_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY2(MessageBox::lastMessage().contains(u"not a Word document exported by Yttra"_s), qPrintable(MessageBox::lastMessage()));

    // Another statement's Word document.
    Statement other = Example::statement();
    other.audit.reference = u"KR-2025/0099"_s;
    const QString others = m_dir->filePath(u"annan.docx"_s);
    YTTRA_VERIFY_OK(DocxExporter::write(other, others));
    QVERIFY(!m_window->importReviewFromWord(others));
    QVERIFY2(MessageBox::lastMessage().contains(u"KR-2025/0099"_s), qPrintable(MessageBox::lastMessage()));

    // Not a Word document at all.
    const QString statementFile = m_dir->filePath(u"yttrande.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(before, statementFile));
    QVERIFY(!m_window->importReviewFromWord(statementFile));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot import the review from Word: "_s), qPrintable(MessageBox::lastMessage()));

    QCOMPARE(document()->undoStack()->count(), steps);
    QCOMPARE(statement(), before);
}

void TestWordReview::readOnlyTextsRefuseChanges()
{
    // A draft in review, opened by a reviewer: comments come in, changed text is not accepted.
    StatementDocument draft(Example::statement());
    YTTRA_VERIFY_OK(ReviewEditing::changeState(draft, ReviewState::InReview, u"Sara Sekreterare"_s));
    const QString path = m_dir->filePath(u"utkast.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(draft.statement(), path));
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->isReviewReadOnly());
    const Statement before = statement();
    const QString exported = exportThroughMenu(u"utkast.docx"_s);
    const QString reviewed = review(exported,
                                    {comment(u"yttra:/summary"_s, u"delar i allt väsentligt"_s, u"Karin Chef"_s, u"Helt?"_s, 1),
                                     typed(u"yttra:/summary"_s, u"delar i allt väsentligt"_s, u"delar helt"_s)},
                                    u"utkast-granskad"_s);

    bool barShown = false;
    QString bar;
    bool acceptEnabled = true;
    bool refused = false;
    QString refusal;
    QString reason;
    bool acceptedAfterChoosing = false;
    test::whenDialog<ProposedChangesDialog>(this, [&](ProposedChangesDialog *dialog) {
        auto *label = dialog->findChild<QLabel *>(u"readOnlyBar"_s);
        barShown = label->isVisible();
        bar = label->text();
        acceptEnabled = dialog->acceptButton()->isEnabled();
        const auto accepted = dialog->acceptChange(0);
        refused = !accepted;
        reason = refused ? accepted.error() : QString();
        refusal = MessageBox::lastMessage();
        // The user chooses to edit the texts, from the message.
        Q_EMIT label->linkActivated(u"edit"_s);
        acceptedAfterChoosing = dialog->acceptChange(0).ok();
        dialog->reject();
    });
    QVERIFY(m_window->importReviewFromWord(reviewed));
    QVERIFY(barShown);
    QVERIFY2(bar.contains(u"read-only"_s), qPrintable(bar));
    QVERIFY(!acceptEnabled);
    QVERIFY(refused);
    QVERIFY2(refusal.startsWith(u"Cannot accept the change: "_s) && refusal.contains(u"read-only"_s), qPrintable(refusal));
    // The caller is told the reason the user was shown.
    QVERIFY2(!reason.isEmpty() && refusal.endsWith(reason), qPrintable(reason));
    QVERIFY(acceptedAfterChoosing);
    QVERIFY(!m_window->isReviewReadOnly());
    QCOMPARE(statement().review->comments.size(), 1);
    QVERIFY(statement().summary.contains(u"delar helt"_s));
    document()->undoStack()->undo();
    QCOMPARE(statement().summary, before.summary);

    // Someone else has the file open: nothing comes in, and the message says why.
    document()->undoStack()->undo();
    YTTRA_VERIFY_OK(StatementFile::save(before, path));
    m_window->openExample();
    LockFile theirs(path);
    QVERIFY(theirs.acquire().ok());
    MessageBox::setNextAnswer(QMessageBox::Yes); // Open Read-Only
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->isLockedReadOnly());
    QVERIFY(!action(u"actionImportWordReview"_s)->isEnabled());
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->importReviewFromWord(reviewed));
    QVERIFY2(MessageBox::lastMessage().contains(u"read-only"_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(statement(), before);
}

} // namespace yttra

QTEST_MAIN(yttra::TestWordReview)
#include "tst_wordreview.moc"
