// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "editor/itempage.h"
#include "editor/signaturespage.h"
#include "editor/statementeditor.h"
#include "examplewindow.h"
#include "fields/deadlinefield.h"
#include "fields/markdowntextedit.h"
#include "fields/richtextedit.h"
#include "format/example.h"
#include "format/statementfile.h"
#include "pdftools.h"
#include "review/commentspane.h"
#include "review/comparedialog.h"
#include "review/reviewediting.h"
#include "review/reviewmenu.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

using Page = NavigatorModel::Page;
using test::pdfText;

namespace {

const QColor markColour(0xff, 0xf3, 0xc4);

} // namespace

/// The offline review in the window, on the real widgets (offscreen): the comments pane
/// (writing on the field one is in, replying, resolving and reopening, the filter, going to
/// the field), the marks on fields and in the navigator, the Review menu's states, a draft
/// in review opening read-only for a reviewer, comments taken back from a reviewer's copy,
/// Compare Versions and the review copy PDF.
class TestReview : public QObject, public test::ExampleWindow
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void commentOnTheFieldOneIsIn();
    void replyResolveReopen();
    void filterThisPartOrAll();
    void goToTheField();
    void commentFollowsItsSignature();
    void stateMenuRecordsWhoAndWhen();
    void inReviewOpensReadOnlyForAReviewer_data();
    void inReviewOpensReadOnlyForAReviewer();
    void importCommentsFromACopy();
    void compareVersions();
    void exportReviewCopy();

private:
    StatementEditor *editor() const { return m_window->editor(); }
    StatementDocument *document() const { return m_window->document(); }
    CommentsPane *pane() const { return m_window->comments(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    template <typename T>
    T *paneChild(const QString &name) const { return pane()->findChild<T *>(name); }
    QString addComment(const QString &target, const QString &text, const QString &quote = {});
    QString save(const Statement &statement, const QString &name);
};

void TestReview::init()
{
    openExampleWindow(u"Anna Chef"_s, QSize(1400, 900));
}

void TestReview::cleanup()
{
    closeExampleWindow();
}

QString TestReview::addComment(const QString &target, const QString &text, const QString &quote)
{
    const auto id = ReviewEditing::addComment(*document(), target, quote, u"Bo Granskare"_s, text);
    return id ? id.value() : QString();
}

QString TestReview::save(const Statement &statement, const QString &name)
{
    const QString path = m_dir->filePath(name);
    return StatementFile::save(statement, path) ? path : QString();
}

void TestReview::commentOnTheFieldOneIsIn()
{
    editor()->showPage(Page::Item, 1);
    QTextEdit *effect = editor()->itemPage()->findChild<RichTextEdit *>(u"expectedEffectEdit"_s)->textEdit();
    const QColor plain = effect->palette().color(QPalette::Base);
    // The user selects the first word of the expected effect and asks to comment.
    effect->setFocus();
    QTextCursor cursor(effect->document());
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    effect->setTextCursor(cursor);
    const QString word = cursor.selectedText();
    QVERIFY(!word.isEmpty());
    action(u"actionComment"_s)->trigger();

    QVERIFY(m_window->commentsDock()->isVisible());
    auto *compose = paneChild<QGroupBox>(u"composeBox"_s);
    QVERIFY(compose->isVisible());
    QVERIFY2(paneChild<QLabel>(u"composeTarget"_s)->text().contains(word), qPrintable(paneChild<QLabel>(u"composeTarget"_s)->text()));
    auto *text = paneChild<QPlainTextEdit>(u"composeEdit"_s);
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, u"How is this measured?"_s);
    QTest::mouseClick(paneChild<QDialogButtonBox>(u"composeButtons"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(!compose->isVisible());
    const QList<Comment> &comments = document()->statement().review->comments;
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().target, u"/items/1/response/expectedEffect"_s);
    QCOMPARE(comments.first().quote, word);
    QCOMPARE(comments.first().author, u"Anna Chef"_s);
    QCOMPARE(comments.first().text, u"How is this measured?"_s);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    QVERIFY(pane()->list()->topLevelItem(0)->text(0).contains(u"How is this measured?"_s));

    // Marked: the field, its tooltip and its item in the navigator.
    QCOMPARE(effect->palette().color(QPalette::Base), markColour);
    QVERIFY(effect->toolTip().contains(u"How is this measured?"_s));
    NavigatorModel *navigator = editor()->navigatorModel();
    QCOMPARE(navigator->index(navigator->rowOfItem(1)).data(NavigatorModel::OpenCommentsRole).toInt(), 1);
    QCOMPARE(navigator->index(navigator->rowOfItem(0)).data(NavigatorModel::OpenCommentsRole).toInt(), 0);
    QVERIFY(navigator->index(navigator->rowOfItem(1)).data(Qt::ToolTipRole).toString().contains(u"1 open comment"_s));

    // One step to undo, and the marks go with it.
    document()->undoStack()->undo();
    QVERIFY(!document()->statement().review); // the example had none
    QCOMPARE(effect->palette().color(QPalette::Base), plain);
    QCOMPARE(navigator->index(navigator->rowOfItem(1)).data(NavigatorModel::OpenCommentsRole).toInt(), 0);
    QVERIFY(paneChild<QLabel>(u"emptyLabel"_s)->isVisible());
}

void TestReview::replyResolveReopen()
{
    const QString id = addComment(u"/items/0/response/expectedEffect"_s, u"Vem följer upp?"_s);
    editor()->showPage(Page::Item, 0);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    pane()->list()->setCurrentItem(pane()->list()->topLevelItem(0));
    QCOMPARE(pane()->selectedComment(), id);

    QTest::mouseClick(paneChild<QPushButton>(u"replyButton"_s), Qt::LeftButton);
    QVERIFY(paneChild<QLabel>(u"composeTarget"_s)->text().contains(u"Bo Granskare"_s));
    QTest::keyClicks(paneChild<QPlainTextEdit>(u"composeEdit"_s), u"Kvalitetsenheten."_s);
    QVERIFY(pane()->submit());
    const Comment *comment = &document()->statement().review->comments.first();
    QCOMPARE(comment->replies.size(), 1);
    QCOMPARE(comment->replies.first().author, u"Anna Chef"_s);
    QCOMPARE(pane()->list()->topLevelItem(0)->childCount(), 1);

    auto *resolve = paneChild<QPushButton>(u"resolveButton"_s);
    QCOMPARE(resolve->text().remove(u'&'), u"Resolve"_s);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QVERIFY(document()->statement().review->comments.first().resolved);
    QCOMPARE(document()->statement().review->history.last().event, u"commentResolved"_s);
    QCOMPARE(document()->statement().review->history.last().by, u"Anna Chef"_s);
    // Resolved comments are out of the way, and so is their mark.
    QCOMPARE(pane()->list()->topLevelItemCount(), 0);
    QVERIFY(paneChild<QLabel>(u"emptyLabel"_s)->text().contains(u"1 resolved comment"_s));
    QTextEdit *effect = editor()->itemPage()->findChild<RichTextEdit *>(u"expectedEffectEdit"_s)->textEdit();
    QVERIFY(effect->palette().color(QPalette::Base) != markColour);

    paneChild<QCheckBox>(u"showResolvedCheck"_s)->setChecked(true);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    pane()->list()->setCurrentItem(pane()->list()->topLevelItem(0));
    QCOMPARE(resolve->text().remove(u'&'), u"Reopen"_s);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QVERIFY(!document()->statement().review->comments.first().resolved);
    QCOMPARE(effect->palette().color(QPalette::Base), markColour);
    // The history tab lists both, newest first.
    QCOMPARE(pane()->history()->topLevelItemCount(), 2);
    QCOMPARE(pane()->history()->topLevelItem(0)->text(2), u"Reopened a comment"_s);

    // Reply, resolve, reopen: three steps back to the comment as it was.
    for (int i = 0; i < 3; ++i)
        document()->undoStack()->undo();
    QVERIFY(document()->statement().review->comments.first().replies.isEmpty());
    QVERIFY(!document()->statement().review->comments.first().resolved);
}

void TestReview::filterThisPartOrAll()
{
    addComment(u"/items/0/text"_s, u"Om punkt 1"_s);
    addComment(u"/summary"_s, u"Om sammanfattningen"_s);
    addComment(u"/measures/1/status"_s, u"Om åtgärd 2"_s);
    editor()->showPage(Page::Item, 0);
    // The auditors' text paints its own frame and background; the mark shows all the same.
    QTextEdit *auditorsText = editor()->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s)->textEdit();
    const QImage shown = auditorsText->grab().toImage();
    QCOMPARE(shown.pixelColor(shown.width() - 8, shown.height() - 8), markColour);
    pane()->setScope(CommentsPane::Scope::CurrentPart);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    QVERIFY(pane()->list()->topLevelItem(0)->text(0).contains(u"Om punkt 1"_s));
    editor()->showPage(Page::Summary);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    QVERIFY(pane()->list()->topLevelItem(0)->text(0).contains(u"Om sammanfattningen"_s));
    editor()->showPage(Page::Measures);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);
    editor()->showPage(Page::Signatures);
    QCOMPARE(pane()->list()->topLevelItemCount(), 0);
    QVERIFY(paneChild<QLabel>(u"emptyLabel"_s)->text().contains(u"No comments on this part"_s));

    paneChild<QComboBox>(u"scopeCombo"_s)->setCurrentIndex(1);
    QCOMPARE(pane()->scope(), CommentsPane::Scope::WholeStatement);
    QCOMPARE(pane()->list()->topLevelItemCount(), 3);
    // Each says where it is.
    QVERIFY(pane()->list()->topLevelItem(2)->text(0).contains(editor()->placeOf(u"/measures/1/status"_s)));
    NavigatorModel *navigator = editor()->navigatorModel();
    QCOMPARE(navigator->index(navigator->rowOf(Page::Summary)).data(NavigatorModel::OpenCommentsRole).toInt(), 1);
    QCOMPARE(navigator->index(navigator->rowOf(Page::Measures)).data(NavigatorModel::OpenCommentsRole).toInt(), 1);
}

void TestReview::commentFollowsItsSignature()
{
    // The signatures page's buttons edit through the document, so a comment on a name stays
    // on that name when the signatures are reordered, and on the list when it is removed.
    const QString name = document()->statement().signatures.at(1).name;
    const QString id = addComment(u"/signatures/1/name"_s, u"Stavas namnet så?"_s, name);
    QVERIFY(!id.isEmpty());
    const Statement before = document()->statement();
    editor()->showPage(Page::Signatures);
    SignaturesPage *page = editor()->signaturesPage();
    page->selectSignature(1);
    pane()->setScope(CommentsPane::Scope::CurrentPart);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);

    page->findChild<QPushButton *>(u"upButton"_s)->click();
    QCOMPARE(page->currentSignature(), 0);
    const auto target = [this] { return document()->statement().review->comments.first().target; };
    QCOMPARE(target(), u"/signatures/0/name"_s);
    QCOMPARE(document()->statement().signatures.at(0).name, name);
    QCOMPARE(pane()->list()->topLevelItemCount(), 1);

    page->findChild<QPushButton *>(u"removeButton"_s)->click();
    QCOMPARE(document()->statement().signatures.size(), before.signatures.size() - 1);
    QCOMPARE(target(), u"/signatures"_s);
    QCOMPARE(document()->statement().review->comments.first().quote, name);

    document()->undoStack()->undo();
    QCOMPARE(target(), u"/signatures/0/name"_s);
    document()->undoStack()->undo();
    QVERIFY(document()->statement() == before);
}

void TestReview::goToTheField()
{
    const QString id = addComment(u"/items/2/response/deadline"_s, u"Realistiskt?"_s);
    editor()->showPage(Page::Summary);
    pane()->setScope(CommentsPane::Scope::WholeStatement);
    pane()->selectComment(id);
    QTest::mouseClick(paneChild<QPushButton>(u"goToButton"_s), Qt::LeftButton);
    QCOMPARE(editor()->currentPage(), Page::Item);
    QCOMPARE(editor()->currentItem(), 2);
    QLineEdit *deadline = editor()->itemPage()->findChild<DeadlineField *>(u"deadlineField"_s)->lineEdit();
    QCOMPARE(QApplication::focusWidget(), deadline);
    QCOMPARE(deadline->palette().color(QPalette::Base), markColour);

    // A comment whose item was removed says so instead of going somewhere else.
    YTTRA_VERIFY_OK(document()->removeItem(2));
    QCOMPARE(document()->statement().review->comments.first().target, u"/items"_s);
    pane()->selectComment(id);
    QVERIFY(pane()->list()->currentItem()->text(0).contains(u"a part that was removed"_s));
    const qsizetype shown = editor()->currentItem();
    pane()->revealSelected();
    QCOMPARE(editor()->currentItem(), shown); // not moved to the item that took its place
}

void TestReview::stateMenuRecordsWhoAndWhen()
{
    ReviewMenu *menu = m_window->reviewMenu();
    QVERIFY(menu->stateAction(ReviewState::Draft)->isChecked());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    menu->stateAction(ReviewState::InReview)->trigger();
    const Review &review = *document()->statement().review;
    QCOMPARE(review.state, ReviewState::InReview);
    QCOMPARE(review.history.size(), 1);
    QCOMPARE(review.history.first().by, u"Anna Chef"_s);
    QCOMPARE(review.history.first().note, u"draft -> inReview"_s);
    const QDateTime at = QDateTime::fromString(review.history.first().at, Qt::ISODate);
    QVERIFY(at >= before && at <= QDateTime::currentDateTime().addSecs(1));
    QVERIFY(menu->stateAction(ReviewState::InReview)->isChecked());
    QVERIFY(!menu->stateAction(ReviewState::Draft)->isChecked());
    // Who sent it for review edits it: the texts stay editable for them.
    QVERIFY(editor()->isEditable());
    QVERIFY(paneChild<QLabel>(u"stateLabel"_s)->text().contains(ReviewEditing::stateName(ReviewState::InReview)));
    QCOMPARE(pane()->history()->topLevelItemCount(), 1);

    for (const ReviewState next : {ReviewState::Approved, ReviewState::Decided, ReviewState::Sent})
        menu->stateAction(next)->trigger();
    QCOMPARE(document()->statement().review->history.size(), 4);
    QCOMPARE(document()->statement().review->history.last().note, u"decided -> sent"_s);
    QVERIFY(menu->stateAction(ReviewState::Sent)->isChecked());

    // Each change is a step of its own.
    for (int i = 0; i < 4; ++i)
        document()->undoStack()->undo();
    QVERIFY(menu->stateAction(ReviewState::Draft)->isChecked());
    QVERIFY(!document()->statement().review || document()->statement().review->history.isEmpty());
}

void TestReview::inReviewOpensReadOnlyForAReviewer_data()
{
    QTest::addColumn<QString>("me");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("a reviewer") << u"Anna Chef"_s << true;
    QTest::newRow("the secretary who sent it") << u"Sara Sekreterare"_s << false;
}

void TestReview::inReviewOpensReadOnlyForAReviewer()
{
    QFETCH(QString, me);
    QFETCH(bool, readOnly);
    StatementDocument draft(Example::statement());
    YTTRA_VERIFY_OK(ReviewEditing::changeState(draft, ReviewState::InReview, u"Sara Sekreterare"_s));
    const QString path = save(draft.statement(), u"utkast.yttrande"_s);
    QVERIFY(!path.isEmpty());
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::ReviewerName, me));
    QVERIFY(m_window->openFile(path));

    auto *bar = m_window->findChild<QLabel *>(u"messageBar"_s);
    QCOMPARE(m_window->isReviewReadOnly(), readOnly);
    QCOMPARE(editor()->isEditable(), !readOnly);
    QCOMPARE(bar->isVisible(), readOnly);
    // Comments are always possible, and a reviewer's copy saves.
    QVERIFY(action(u"actionComment"_s)->isEnabled());
    QVERIFY(paneChild<QPushButton>(u"newButton"_s)->isEnabled());
    QVERIFY(action(u"actionSave"_s)->isEnabled());
    if (!readOnly)
        return;
    QVERIFY(bar->text().contains(u"in review"_s));
    QLineEdit *number = editor()->itemPage()->findChild<QLineEdit *>(u"numberEdit"_s);
    QVERIFY(number->isReadOnly());

    // A reviewer comments on a field of the read-only text...
    editor()->showPage(Page::Item, 0);
    QTextEdit *text = editor()->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s)->textEdit();
    text->setFocus();
    QCOMPARE(editor()->currentField(), u"/items/0/text"_s);
    action(u"actionComment"_s)->trigger();
    QTest::keyClicks(paneChild<QPlainTextEdit>(u"composeEdit"_s), u"Otydligt."_s);
    QVERIFY(pane()->submit());
    QCOMPARE(document()->statement().review->comments.size(), 1);
    QVERIFY(m_window->save());

    // ...and may still choose to edit the texts.
    QVERIFY(action(u"actionEditTexts"_s)->isEnabled());
    action(u"actionEditTexts"_s)->trigger();
    QVERIFY(editor()->isEditable());
    QVERIFY(!number->isReadOnly());
    QVERIFY(!bar->isVisible());
}

void TestReview::importCommentsFromACopy()
{
    const QString mine = save(Example::statement(), u"yttrande.yttrande"_s);
    QVERIFY(m_window->openFile(mine));
    const QString kept = addComment(u"/summary"_s, u"Redan här"_s);

    // The reviewer's copy: the comment already here, a new one with a reply, and one on
    // words the secretary has changed since.
    StatementDocument copy(document()->statement());
    YTTRA_VERIFY_OK(ReviewEditing::reply(copy, kept, u"Cilla"_s, u"Håller med"_s));
    const QString quote = document()->statement().items.at(0).text.section(u' ', 0, 2);
    YTTRA_VERIFY_OK(ReviewEditing::addComment(copy, u"/items/0/text"_s, quote, u"Cilla"_s, u"Skarpt formulerat"_s));
    YTTRA_VERIFY_OK(ReviewEditing::addComment(copy, u"/items/1/text"_s, document()->statement().items.at(1).text.left(12),
                                              u"Cilla"_s, u"Stämmer detta?"_s));
    const QString copyPath = save(copy.statement(), u"yttrande-cilla.yttrande"_s);
    YTTRA_VERIFY_OK(document()->setField(u"/items/1/text"_s, u"Helt ny text från revisorerna."_s, StatementDocument::Merge::Separate));
    const int steps = document()->undoStack()->count();

    MessageBox::clearLastMessage();
    QVERIFY(m_window->reviewMenu()->importComments(copyPath));
    const QList<Comment> &comments = document()->statement().review->comments;
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments.first().replies.size(), 1);
    QCOMPARE(document()->undoStack()->count(), steps + 1);
    const QString said = MessageBox::lastMessage();
    QVERIFY2(said.contains(u"2 new comment"_s) && said.contains(u"1 new reply"_s), qPrintable(said));
    QVERIFY2(said.contains(u"changed since"_s) && said.contains(editor()->placeOf(u"/items/1/text"_s)), qPrintable(said));
    QVERIFY(m_window->commentsDock()->isVisible());

    // Twice changes nothing: no duplicates.
    QVERIFY(m_window->reviewMenu()->importComments(copyPath));
    QCOMPARE(document()->statement().review->comments.size(), 3);

    // The statement's own file and an unreadable file are refused, saying why.
    QVERIFY(!m_window->reviewMenu()->importComments(mine));
    QVERIFY(MessageBox::lastMessage().contains(u"own file"_s));
    QVERIFY(!m_window->reviewMenu()->importComments(m_dir->filePath(u"saknas.yttrande"_s)));
    QVERIFY(MessageBox::lastMessage().contains(u"saknas.yttrande"_s));
    QCOMPARE(document()->statement().review->comments.size(), 3);

    document()->undoStack()->undo();
    QCOMPARE(document()->statement().review->comments.size(), 1);
}

void TestReview::compareVersions()
{
    const QString older = save(Example::statement(), u"v1.yttrande"_s);
    Statement newer = Example::statement();
    newer.summary.replace(u"har granskat"_s, u"har undersökt"_s);
    QVERIFY(newer.summary != Example::statement().summary);
    newer.measures[0].status = newer.measures[0].status == MeasureStatus::Done ? MeasureStatus::Ongoing : MeasureStatus::Done;

    CompareDialog dialog(newer, u"the open statement"_s);
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(!dialog.compare()); // no older version chosen
    dialog.setOlderFile(older);
    QVERIFY(dialog.compare());
    bool statusChange = false;
    for (const Difference &d : dialog.differences())
        statusChange = statusChange || d.statusChange;
    QVERIFY(statusChange);
    const QString html = dialog.view()->toHtml();
    QVERIFY(html.contains(u"line-through"_s));
    QVERIFY(dialog.view()->toPlainText().contains(u"undersökt"_s));
    QVERIFY(dialog.view()->toPlainText().contains(u"Status changed"_s));
    QVERIFY(dialog.exportButton()->isEnabled());

    const QString pdf = m_dir->filePath(u"jämförelse.pdf"_s);
    QVERIFY(dialog.exportPdf(pdf));
    QCOMPARE(test::qpdfProblems(pdf), QString());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"undersökt"_s) && text.contains(u"v1.yttrande"_s), qPrintable(text.left(400)));

    // Two versions that are the same say so.
    dialog.setNewerFile(older);
    QVERIFY(dialog.compare());
    QVERIFY(dialog.differences().isEmpty());
    QVERIFY(dialog.view()->toPlainText().contains(u"No differences"_s));
    // A file that cannot be read is named in the dialog, and nothing is shown as compared.
    dialog.setOlderFile(m_dir->filePath(u"borta.yttrande"_s));
    QVERIFY(!dialog.compare());
    QVERIFY(!dialog.exportButton()->isEnabled());
}

void TestReview::exportReviewCopy()
{
    addComment(u"/summary"_s, u"Kvastfening i sammanfattningen"_s);
    const QString copy = m_dir->filePath(u"granskning.pdf"_s);
    const QString statement = m_dir->filePath(u"yttrande.pdf"_s);

    // With open comments, Export to PDF asks which; the review copy has them as end notes.
    MessageBox::setNextAnswer(QMessageBox::No);
    FileDialog::setNextFileName(copy);
    action(u"actionExportPdf"_s)->trigger();
    QVERIFY2(pdfText(copy).contains(u"Kvastfening i sammanfattningen"_s), qPrintable(MessageBox::lastMessage()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(statement);
    action(u"actionExportPdf"_s)->trigger();
    const QString text = pdfText(statement);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(u"Kvastfening"_s));

    // Review → Export Review Copy asks nothing more.
    QFile::remove(copy);
    FileDialog::setNextFileName(copy);
    action(u"actionExportReviewCopy"_s)->trigger();
    QVERIFY(pdfText(copy).contains(u"Kvastfening i sammanfattningen"_s));
}

} // namespace yttra

QTEST_MAIN(yttra::TestReview)
#include "tst_review.moc"
