// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebox.h"
#include "editor/detailspage.h"
#include "fields/datefield.h"
#include "fields/deadlinefield.h"
#include "fields/deadlineinput.h"
#include "fields/markdowntextedit.h"
#include "fields/pastecleaner.h"
#include "fields/richtextedit.h"
#include "fields/spellcheck.h"
#include "format/example.h"
#include "guitesthelpers.h"
#include "markdown/markdowntextdocument.h"
#include "testhelpers.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

/// The editor's own fields on real widgets: the rich text field and the Markdown it
/// stores, pasting from Word and PDFs, the date and the deadline fields, the countdown.
class TestEditorWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void markdownRoundTrip_data();
    void markdownRoundTrip();
    void markdownEscapesWhatIsTyped();

    void typingEmitsMarkdown();
    void typingCommitsOnAPause();
    void readsOnlyWhatTheFileHolds_data();
    void readsOnlyWhatTheFileHolds();
    void paragraphsAreSetApart();
    void setMarkdownEmitsNothing();
    void boldAndItalicShortcuts();
    void listShortcuts();
    void link();

    void pasteWordHtml();
    void pastePdfText();
    void pasteWebPageDropsFormatting();

    void dateField();
    void dateFieldCalendar();

    void deadlineField_data();
    void deadlineField();
    void deadlineFieldKeepsBadText();

    void spellCheck();

    void countdown_data();
    void countdown();

private:
    QString markdownOf(const QString &markdown)
    {
        QTextDocument document;
        MarkdownTextDocument::read(document, markdown);
        return MarkdownTextDocument::write(document);
    }
};

void TestEditorWidgets::initTestCase()
{
    MessageBox::setTestMode(true);
}

void TestEditorWidgets::markdownRoundTrip_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("paragraph") << u"Kommunstyrelsen delar revisorernas bedömning."_s;
    QTest::newRow("paragraphs") << u"Första stycket.\n\nAndra stycket, med å, ä och ö."_s;
    QTest::newRow("bullets") << u"Inledning:\n\n- en\n- två\n- tre\n\nAvslutning."_s;
    QTest::newRow("numbered") << u"1. först\n2. sedan\n3. sist"_s;
    QTest::newRow("bold and italic") << u"Det är **viktigt** och *brådskande* och ***båda***."_s;
    QTest::newRow("link") << u"Se [riktlinjen](https://example.org/riktlinje) för detaljer."_s;
    QTest::newRow("bold in a list") << u"- **Utbildning** för alla beställare\n- *senast* i juni"_s;
    QTest::newRow("escaped star") << u"Poängen 5 \\* 3 och \\_understruken\\_"_s;
    QTest::newRow("nested bullets") << u"- en\n  - ett a\n  - ett b\n- två"_s;
    QTest::newRow("nested numbers") << u"1. först\n   - del\n2. sedan"_s;
    QTest::newRow("line break") << u"Rad ett\\\nrad två"_s;
    QTest::newRow("bold link") << u"Se [**riktlinjen**](https://example.org/a) nu."_s;
    QTest::newRow("bullets then numbers") << u"- en\n- två\n1. ett\n2. två"_s;
    // Every rich text field of the shipped example reads and writes back unchanged, so opening
    // and typing into it changes nothing else.
    const Statement example = Example::statement();
    QTest::newRow("example summary") << example.summary;
    QTest::newRow("example conclusion") << example.audit.conclusion;
    for (qsizetype i = 0; i < example.items.size(); ++i) {
        const Item &item = example.items.at(i);
        QTest::addRow("example item %lld text", static_cast<long long>(i)) << item.text;
        QTest::addRow("example item %lld measures", static_cast<long long>(i)) << item.response.measures;
        QTest::addRow("example item %lld effect", static_cast<long long>(i)) << item.response.expectedEffect;
    }
}

void TestEditorWidgets::markdownRoundTrip()
{
    QFETCH(QString, markdown);
    QCOMPARE(markdownOf(markdown), markdown);
}

void TestEditorWidgets::markdownEscapesWhatIsTyped()
{
    // What a user types as text stays text: it is escaped, and reads back the same.
    RichTextEdit edit;
    edit.show();
    QSignalSpy spy(&edit, &RichTextEdit::markdownEdited);
    test::typeText(edit.textEdit(), u"- inte en lista, *inte kursiv* och 1. inte numrerad"_s);
    const QString md = edit.markdown();
    QVERIFY2(md.startsWith(u"\\- inte en lista, \\*inte kursiv\\*"_s), qPrintable(md));
    QTextDocument reread;
    reread.setMarkdown(md);
    QCOMPARE(reread.toPlainText(), u"- inte en lista, *inte kursiv* och 1. inte numrerad"_s);
    QVERIFY(reread.begin().textList() == nullptr);
}

void TestEditorWidgets::typingEmitsMarkdown()
{
    RichTextEdit edit;
    edit.show();
    QSignalSpy spy(&edit, &RichTextEdit::markdownEdited);
    test::typeText(edit.textEdit(), u"Hej"_s);
    QCOMPARE(spy.count(), 1); // the word, at the pause after it
    QCOMPARE(spy.last().first().toString(), u"Hej"_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    test::typeText(edit.textEdit(), u"då"_s);
    QCOMPARE(edit.markdown(), u"Hej\n\ndå"_s);
}

void TestEditorWidgets::typingCommitsOnAPause()
{
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.textEdit()->setFocus();
    QSignalSpy spy(&edit, &RichTextEdit::markdownEdited);
    // Keys as they come: nothing is written while the typing goes on.
    test::typeKeys(edit.textEdit(), u"Hej"_s);
    QCOMPARE(spy.count(), 0);
    QVERIFY(edit.hasPendingEdit());
    QCOMPARE(edit.markdown(), QString());
    // The pause commits the whole word at once.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, RichTextEdit::commitPause * 20);
    QCOMPARE(spy.last().first().toString(), u"Hej"_s);
    QVERIFY(!edit.hasPendingEdit());

    // Leaving the field commits at once; so does asking, and a commit with nothing new is silent.
    test::typeKeys(edit.textEdit(), u"!"_s);
    QLineEdit other;
    other.show();
    other.activateWindow();
    other.setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, RichTextEdit::commitPause / 2);
    QCOMPARE(edit.markdown(), u"Hej!"_s);
    test::typeKeys(edit.textEdit(), u"?"_s);
    edit.commit();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(edit.markdown(), u"Hej!?"_s);
    edit.commit();
    QCOMPARE(spy.count(), 3);

    // Showing another text drops what was typed and not committed: the new text wins.
    test::typeKeys(edit.textEdit(), u"x"_s);
    edit.setMarkdown(u"Annat"_s);
    QVERIFY(!edit.hasPendingEdit());
    QTest::qWait(RichTextEdit::commitPause * 3);
    QCOMPARE(spy.count(), 3);
}

void TestEditorWidgets::readsOnlyWhatTheFileHolds_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("written");
    // What the format does not keep is read as the text it shows, so what the editor shows is
    // what will be saved.
    QTest::newRow("heading") << u"# Rubrik\n\nText."_s << u"Rubrik\n\nText."_s;
    QTest::newRow("code block") << u"    kod här"_s << u"kod här"_s;
    QTest::newRow("html is text") << u"a <b>b</b>"_s << u"a \\<b>b\\</b>"_s;
    QTest::newRow("soft line break") << u"ett\ntvå"_s << u"ett två"_s;
    // Qt 6.4's lists cannot start at another number than 1: the editor shows 1 and 2 and so
    // writes them.
    QTest::newRow("list numbered from 3") << u"3. tre\n4. fyra"_s << u"1. tre\n2. fyra"_s;
}

void TestEditorWidgets::readsOnlyWhatTheFileHolds()
{
    QFETCH(QString, markdown);
    QFETCH(QString, written);
    QCOMPARE(markdownOf(markdown), written);
}

void TestEditorWidgets::paragraphsAreSetApart()
{
    // Paragraphs show a gap between them, as in the outputs; list items none, so two
    // paragraphs never look like one paragraph with a line break.
    QTextDocument document;
    MarkdownTextDocument::read(document, u"Ett.\n\nTvå.\n\n- tre\n- fyra"_s);
    QCOMPARE(document.blockCount(), 4);
    QVERIFY(document.begin().blockFormat().bottomMargin() > 0);
    QVERIFY(document.begin().next().blockFormat().topMargin() > 0);
    QCOMPARE(document.lastBlock().blockFormat().topMargin(), 0.0);
    QVERIFY(document.lastBlock().textList());
}

void TestEditorWidgets::setMarkdownEmitsNothing()
{
    RichTextEdit edit;
    QSignalSpy spy(&edit, &RichTextEdit::markdownEdited);
    edit.setMarkdown(u"- en\n- två"_s);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(edit.markdown(), u"- en\n- två"_s);
    QCOMPARE(edit.textEdit()->toPlainText(), u"en\ntvå"_s);
}

void TestEditorWidgets::boldAndItalicShortcuts()
{
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.textEdit()->setFocus();
    test::typeText(edit.textEdit(), u"Det är "_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(edit.boldAction()->isChecked());
    test::typeText(edit.textEdit(), u"viktigt"_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_B, Qt::ControlModifier);
    test::typeText(edit.textEdit(), u" och "_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_I, Qt::ControlModifier);
    test::typeText(edit.textEdit(), u"bråttom"_s);
    QCOMPARE(edit.markdown(), u"Det är **viktigt** och *bråttom*"_s);

    // Bold over a selection, from the toolbar button.
    edit.setMarkdown(u"ett två"_s);
    QTextCursor cursor = edit.textEdit()->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    edit.textEdit()->setTextCursor(cursor);
    edit.boldAction()->trigger();
    QCOMPARE(edit.markdown(), u"ett **två**"_s);
}

void TestEditorWidgets::listShortcuts()
{
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.textEdit()->setFocus();
    test::typeText(edit.textEdit(), u"Åtgärder:"_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    QTest::keyClick(edit.textEdit(), Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    test::typeText(edit.textEdit(), u"utbilda"_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    test::typeText(edit.textEdit(), u"följa upp"_s);
    QCOMPARE(edit.markdown(), u"Åtgärder:\n\n- utbilda\n- följa upp"_s);
    // The same items numbered instead.
    QTest::keyClick(edit.textEdit(), Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit.markdown(), u"Åtgärder:\n\n1. utbilda\n2. följa upp"_s);
    // And out of the list again (the last item).
    QTest::keyClick(edit.textEdit(), Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit.markdown(), u"Åtgärder:\n\n1. utbilda\n\nfölja upp"_s);
}

void TestEditorWidgets::link()
{
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setMarkdown(u"Se riktlinjen här."_s);
    QTextCursor cursor = edit.textEdit()->textCursor();
    cursor.setPosition(3);
    cursor.setPosition(13, QTextCursor::KeepAnchor);
    edit.textEdit()->setTextCursor(cursor);
    edit.textEdit()->setFocus();
    MessageBox::setNextText(u"https://example.org/riktlinje"_s);
    QTest::keyClick(edit.textEdit(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(edit.markdown(), u"Se [riktlinjen](https://example.org/riktlinje) här."_s);
    // Cancelling the question changes nothing.
    MessageBox::setNextText(std::nullopt);
    edit.linkAction()->trigger();
    QCOMPARE(edit.markdown(), u"Se [riktlinjen](https://example.org/riktlinje) här."_s);
}

void TestEditorWidgets::pasteWordHtml()
{
    // The shape of Word's clipboard HTML: list paragraphs with a Symbol-font bullet, fonts and
    // colours on every span, conditional comments.
    const QString html = uR"(<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
p.MsoNormal {font-family:"Calibri"; font-size:11pt;}</style></head><body lang=SV>
<!--StartFragment-->
<p class=MsoNormal><span style='font-family:"Garamond";color:#1F3864;font-size:14pt'>Kommunstyrelsen avser att
vidta <b>följande</b> åtgärder:</span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]><span style='color:red'>ta fram en utbildning</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>se över <i>delegationsordningen</i></p>
<p class=MsoNormal>Allt ska vara klart 2027.</p>
<!--EndFragment--></body></html>)"_s;
    QMimeData data;
    data.setHtml(html);
    data.setText(u"ignored"_s);
    QCOMPARE(PasteCleaner::toMarkdown(data),
             u"Kommunstyrelsen avser att vidta **följande** åtgärder:\n\n- ta fram en utbildning\n- se över *delegationsordningen*\n\nAllt ska vara klart 2027."_s);

    // Through the field: pasted where the cursor is, as one edit.
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setMarkdown(u"Inledning."_s);
    edit.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    // As the user does it: the clipboard and Ctrl+V.
    auto *clipboardData = new QMimeData;
    clipboardData->setHtml(data.html());
    clipboardData->setText(data.text());
    QGuiApplication::clipboard()->setMimeData(clipboardData);
    QTest::keyClick(edit.textEdit(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(edit.markdown().startsWith(u"Inledning.\n\nKommunstyrelsen avser att vidta **följande** åtgärder:\n\n- ta fram"_s),
             qPrintable(edit.markdown()));
    QVERIFY(!edit.markdown().contains(u"Garamond"_s));
    QVERIFY(!edit.markdown().contains(u"·"_s));
}

void TestEditorWidgets::pastePdfText()
{
    // Copied from a PDF viewer: lines broken at the margin, a word hyphenated across lines,
    // bullets as glyphs, paragraphs ended by a short line.
    const QString text = u"Granskningen visar att kommunstyrelsen inte har säkerställt en tillräck-\n"
                         "lig intern kontroll vid inköp och upphandling, och att avtalsuppfölj-\n"
                         "ningen inte sker systematiskt.\n"
                         "Vi rekommenderar kommunstyrelsen att:\n"
                         "• revidera upphandlingspolicyn och tillhörande riktlinjer så att\n"
                         "  ansvarsfördelningen framgår tydligt,\n"
                         "• säkerställa att IT-\n"
                         "säkerheten följs upp.\n"_s;
    QCOMPARE(PasteCleaner::fromPlainText(text),
             u"Granskningen visar att kommunstyrelsen inte har säkerställt en tillräcklig intern kontroll vid inköp och "
             "upphandling, och att avtalsuppföljningen inte sker systematiskt.\n\n"
             "Vi rekommenderar kommunstyrelsen att:\n\n"
             "- revidera upphandlingspolicyn och tillhörande riktlinjer så att ansvarsfördelningen framgår tydligt,\n"
             "- säkerställa att IT- säkerheten följs upp."_s);
    // Numbered points and text that looks like markup.
    QCOMPARE(PasteCleaner::fromPlainText(u"1. Först *detta*\n2. Sedan det"_s), u"1. Först \\*detta\\*\n2. Sedan det"_s);
    QCOMPARE(PasteCleaner::fromPlainText(u"En enda rad"_s), u"En enda rad"_s);
}

void TestEditorWidgets::pasteWebPageDropsFormatting()
{
    QMimeData data;
    data.setHtml(u"<h1 style='color:blue'>Rubrik</h1><table><tr><td>cell</td></tr></table>"
                 "<ul><li><span style='font-size:30pt'>punkt</span></li></ul><p><a href='https://x.example'>länk</a></p>"
                 "<img src='a.png'>"_s);
    const QString md = PasteCleaner::toMarkdown(data);
    QVERIFY2(md.contains(u"- punkt"_s), qPrintable(md));
    QVERIFY2(md.contains(u"[länk](https://x.example)"_s), qPrintable(md));
    QVERIFY2(md.contains(u"cell"_s), qPrintable(md));
    QVERIFY2(!md.contains(u'#') && !md.contains(u"30pt"_s) && !md.contains(u"blue"_s), qPrintable(md));
}

void TestEditorWidgets::dateField()
{
    DateField field;
    field.show();
    QSignalSpy spy(&field, &DateField::dateEdited);
    test::typeText(field.lineEdit(), u"2026-05-1"_s);
    QCOMPARE(spy.count(), 0); // not a date yet: nothing written
    QTest::keyClick(field.lineEdit(), Qt::Key_5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toString(), u"2026-05-15"_s);
    QVERIFY(!field.lineEdit()->property("invalid").toBool());

    // A whole date that does not exist is marked, kept, and not written.
    field.lineEdit()->clear();
    spy.clear();
    test::typeText(field.lineEdit(), u"2026-02-30"_s);
    QCOMPARE(spy.count(), 0);
    QVERIFY(field.lineEdit()->property("invalid").toBool());
    QCOMPARE(field.text(), u"2026-02-30"_s);

    // Empty is a valid date field.
    spy.clear();
    field.lineEdit()->selectAll();
    QTest::keyClick(field.lineEdit(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toString(), QString());
    QVERIFY(!field.lineEdit()->property("invalid").toBool());
}

void TestEditorWidgets::dateFieldCalendar()
{
    DateField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setText(u"2026-05-15"_s);
    QSignalSpy spy(&field, &DateField::dateEdited);
    bool seen = false;
    // The calendar is a popup with its own event loop: answer it from inside that loop.
    QTimer::singleShot(0, this, [&seen] {
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QCalendarWidget *calendar = popup ? popup->findChild<QCalendarWidget *>() : nullptr;
        if (!calendar)
            return;
        seen = calendar->selectedDate() == QDate(2026, 5, 15);
        calendar->setSelectedDate(QDate(2026, 5, 20));
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
        if (popup->isVisible())
            popup->close();
    });
    field.lineEdit()->setFocus();
    QTest::keyClick(field.lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(seen);
    QCOMPARE(field.text(), u"2026-05-20"_s);
    QCOMPARE(spy.count(), 1);
}

void TestEditorWidgets::deadlineField_data()
{
    // What people type, the deadline stored, and the words shown for it.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("shown");
    QTest::newRow("day") << u"2022-06-07"_s << u"2022-06-07"_s << u"2022-06-07"_s;
    QTest::newRow("month") << u"juni 2022"_s << u"2022-06"_s << u"juni 2022"_s;
    QTest::newRow("quarter") << u"Q4 2022"_s << u"2022-Q4"_s << u"kvartal 4 2022"_s;
    QTest::newRow("tertial") << u"tertial 1 2023"_s << u"2023-T1"_s << u"tertial 1 2023"_s;
    QTest::newRow("half year") << u"andra halvåret 2022"_s << u"2022-H2"_s << u"andra halvåret 2022"_s;
    QTest::newRow("year") << u"2022"_s << u"2022"_s << u"i slutet av 2022"_s;
    QTest::newRow("ongoing") << u"löpande"_s << u"ongoing"_s << u"löpande"_s;
    QTest::newRow("canonical month") << u"2022-06"_s << u"2022-06"_s << u"juni 2022"_s;
    QTest::newRow("senast den") << u"senast den 23 mars 2018"_s << u"2018-03-23"_s << u"2018-03-23"_s;
}

void TestEditorWidgets::deadlineField()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QFETCH(QString, shown);
    DeadlineField field;
    field.show();
    QSignalSpy spy(&field, &DeadlineField::deadlineEdited);
    test::typeText(field.lineEdit(), typed);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().first().toString(), canonical);
    QVERIFY(field.isValid());
    // The document's words stand beside the field, unless the field already says them.
    const QString label = field.meaningLabel()->text();
    QVERIFY2(label.contains(shown) || field.text().compare(shown, Qt::CaseInsensitive) == 0, qPrintable(label));
    // A period says which day it ends on.
    const Deadline deadline = Deadline::parse(canonical).value();
    if (deadline.lastDay() && deadline.form() != Deadline::Form::Date)
        QVERIFY2(label.contains(deadline.lastDay()->toString(Qt::ISODate)), qPrintable(label));
    // Shown again (another item and back), it reads as the document's own words, which the
    // field reads back to the same deadline.
    DeadlineField again;
    again.setDeadline(canonical);
    QCOMPARE(again.text(), shown);
    QCOMPARE(DeadlineInput::parse(again.text()).value().toString(), canonical);
}

void TestEditorWidgets::deadlineFieldKeepsBadText()
{
    DeadlineField field;
    field.show();
    QSignalSpy good(&field, &DeadlineField::deadlineEdited);
    QSignalSpy bad(&field, &DeadlineField::invalidTextEdited);
    test::typeText(field.lineEdit(), u"när vi hinner"_s);
    QVERIFY(!field.isValid());
    QCOMPARE(field.text(), u"när vi hinner"_s);
    QCOMPARE(bad.last().first().toString(), u"när vi hinner"_s);
    QVERIFY(good.isEmpty());
    QVERIFY(!field.lineEdit()->toolTip().isEmpty());
    // Shown again later, it is the same text, still marked.
    DeadlineField again;
    again.setPendingText(u"när vi hinner"_s);
    QCOMPARE(again.text(), u"när vi hinner"_s);
    QVERIFY(!again.isValid());
}

void TestEditorWidgets::spellCheck()
{
    QTemporaryDir dir;
    const QString wordList = dir.filePath(u"ord.txt"_s);
    RichTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    SpellCheck spelling;
    spelling.setPersonalWordList(wordList);
    spelling.attach(&edit);
    spelling.setLanguage(u"sv"_s);
    if (!spelling.checker())
        QSKIP(qPrintable(u"no Swedish dictionary: "_s + spelling.problem()));
    test::typeText(edit.textEdit(), u"Kommunstyrelsen beslutar att genomföra åtgärdn"_s);
    const QTextBlock block = edit.textEdit()->document()->begin();
    auto underlined = [&block] {
        QStringList words;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
        return words;
    };
    QCOMPARE(underlined(), QStringList{u"åtgärdn"_s});
    // The Markdown does not see the underline.
    QCOMPARE(edit.markdown(), u"Kommunstyrelsen beslutar att genomföra åtgärdn"_s);

    // The context menu on the word: suggestions first, then "Add to Dictionary".
    const int at = static_cast<int>(block.text().indexOf(u"åtgärdn"_s)) + 2;
    QTextCursor cursor(block);
    cursor.setPosition(at);
    const QPoint position = edit.textEdit()->cursorRect(cursor).center();
    QMenu menu;
    menu.addAction(u"Klipp ut"_s);
    spelling.addMenuEntries(edit.textEdit(), &menu, position);
    QVERIFY(menu.actions().size() > 3);
    QVERIFY2(menu.actions().first()->text() == u"åtgärd"_s || menu.actions().first()->text() == u"åtgärden"_s,
             qPrintable(menu.actions().first()->text()));
    QAction *add = menu.findChild<QAction *>(u"addToDictionary"_s);
    QVERIFY(add);
    // A suggestion replaces the word, as an edit of the field.
    QSignalSpy edited(&edit, &RichTextEdit::markdownEdited);
    const QString suggestion = menu.actions().first()->text();
    menu.actions().first()->trigger();
    QCOMPARE(edit.markdown(), u"Kommunstyrelsen beslutar att genomföra "_s + suggestion);
    QCOMPARE(edited.count(), 1);
    QVERIFY(underlined().isEmpty());

    // Add to Dictionary: known from now on, and kept in the personal word list.
    test::typeText(edit.textEdit(), u" blorptvexen"_s);
    QCOMPARE(underlined(), QStringList{u"blorptvexen"_s});
    cursor.setPosition(static_cast<int>(block.text().indexOf(u"blorptvexen"_s)) + 3);
    QMenu second;
    spelling.addMenuEntries(edit.textEdit(), &second, edit.textEdit()->cursorRect(cursor).center());
    QAction *addWord = second.findChild<QAction *>(u"addToDictionary"_s);
    QVERIFY(addWord);
    addWord->trigger();
    QVERIFY(underlined().isEmpty());
    QVERIFY(test::readFile(wordList).contains("blorptvexen"));
}

void TestEditorWidgets::countdown_data()
{
    // Untranslated here: the English plural forms come from the translation files.
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("two weeks") << u"2026-05-15"_s << u"14 day(s) left"_s << false;
    QTest::newRow("tomorrow") << u"2026-05-02"_s << u"1 day(s) left"_s << false;
    QTest::newRow("today") << u"2026-05-01"_s << u"Due today"_s << false;
    QTest::newRow("late") << u"2026-04-28"_s << u"3 day(s) overdue"_s << true;
    QTest::newRow("none") << QString() << QString() << false;
}

void TestEditorWidgets::countdown()
{
    QFETCH(QString, due);
    QFETCH(QString, text);
    QFETCH(bool, overdue);
    bool late = !overdue;
    QCOMPARE(DetailsPage::countdownText(due, QDate(2026, 5, 1), &late), text);
    QCOMPARE(late, overdue);
}

} // namespace yttra

QTEST_MAIN(yttra::TestEditorWidgets)
#include "tst_editorwidgets.moc"
