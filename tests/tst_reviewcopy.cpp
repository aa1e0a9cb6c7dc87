// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdf/pdfexporter.h"
#include "pdfteststatements.h"
#include "pdftools.h"
#include "testhelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

Comment comment(const QString &id, const QString &target, const QString &author, const QString &text, const QString &quote = {})
{
    Comment c;
    c.id = id;
    c.target = target;
    c.author = author;
    c.created = u"2026-05-04T09:30:00+02:00"_s;
    c.text = text;
    c.quote = quote;
    return c;
}

/// The example with a manager's review: open comments on printed fields, one with a quote
/// and a reply, two on one field, one on a field that is not printed, one on an item that no
/// longer exists, and a resolved one. Every text has a word found nowhere else.
Statement reviewed()
{
    Statement s = Example::statement();
    Review review;
    review.state = ReviewState::InReview;
    Comment effect = comment(u"c1"_s, u"/items/1/response/expectedEffect"_s, u"Anna Andersson"_s,
                             u"Kan effekten beskrivas mer konkret? ZEBRAEFFEKT"_s, u"regelverket"_s);
    effect.replies.append({u"Bo Berg"_s, u"2026-05-05T10:00:00+02:00"_s, u"Ja, jag skriver om den. ZEBRASVAR"_s, {}});
    review.comments.append(effect);
    review.comments.append(comment(u"c2"_s, u"/summary"_s, u"Cecilia Ek"_s, u"Lite lång. ZEBRASUMMERING"_s));
    Comment resolved = comment(u"c3"_s, u"/items/0/text"_s, u"Cecilia Ek"_s, u"Redan åtgärdad. ZEBRALÖST"_s);
    resolved.resolved = true;
    review.comments.append(resolved);
    review.comments.append(comment(u"c4"_s, u"/items/9/response/measures"_s, u"David Fors"_s, u"Om en borttagen punkt. ZEBRABORTA"_s,
                                   u"gammal text"_s));
    review.comments.append(comment(u"c5"_s, u"/dueDate"_s, u"David Fors"_s, u"Hinner vi? ZEBRADATUM"_s));
    review.comments.append(comment(u"c6"_s, u"/items/1/response/expectedEffect"_s, u"Eva Gran"_s, u"Håller med. ZEBRAMEDHÅLL"_s));
    s.review = review;
    return s;
}

const QStringList commentWords{u"ZEBRAEFFEKT"_s, u"ZEBRASVAR"_s, u"ZEBRASUMMERING"_s, u"ZEBRALÖST"_s, u"ZEBRABORTA"_s,
                               u"ZEBRADATUM"_s, u"ZEBRAMEDHÅLL"_s, u"Anna Andersson"_s, u"Bo Berg"_s, u"Cecilia Ek"_s,
                               u"David Fors"_s, u"Eva Gran"_s};

PdfDocument laidOut(const Statement &statement, PdfCopy copy)
{
    auto layout = PdfDocument::layout(statement, {}, copy);
    if (!layout.ok())
        qFatal("layout failed: %s", qPrintable(layout.error()));
    return std::move(layout).value();
}

/// The markers in reading order, with the text of the block (or table row) they are in.
QList<std::pair<QString, QString>> markers(const PdfDocument &document)
{
    QList<std::pair<QString, QString>> found;
    for (const PdfBlock &block : document.blocks()) {
        QList<QList<PdfSpan>> runs{block.spans};
        runs += block.cells;
        for (const QList<PdfSpan> &spans : std::as_const(runs)) {
            for (const PdfSpan &span : spans) {
                if (span.marker)
                    found.append({span.text.trimmed(), block.plainText()});
            }
        }
    }
    return found;
}

} // namespace

/// The review copy (PdfCopy::ReviewCopy): the open comments as numbered end notes, their
/// markers where the fields are printed, the copy marked as not decided; and the statement
/// itself without any of it. Checked in the layout and, through poppler and qpdf, in the PDF.
class TestReviewCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endNotes();
    void markersInReadingOrder();
    void markerPlace_data();
    void markerPlace();
    void resolvedLeftOut();
    void noOpenComments_data();
    void noOpenComments();
    void markedNotDecided();
    void statementHasNoComments_data();
    void statementHasNoComments();
    void markersLinkToNotes();
    void english();
    void syntax_data();
    void syntax();

private:
    QString write(const Statement &statement, const QString &name, PdfCopy copy = PdfCopy::ReviewCopy);

    QTemporaryDir m_dir;
};

void TestReviewCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = test::missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QString TestReviewCopy::write(const Statement &statement, const QString &name, PdfCopy copy)
{
    const QString path = m_dir.filePath(name + u".pdf"_s);
    const auto written = PdfExporter::write(statement, path, copy);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error().text()));
    test::keepForLooking(path);
    return path;
}

void TestReviewCopy::endNotes()
{
    const QString text = test::pdfText(write(reviewed(), u"notes"_s));
    const qsizetype notes = text.indexOf(u"Kommentarer från granskningen"_s);
    QVERIFY2(notes > 0, qPrintable(text.right(2000)));
    const QString section = text.mid(notes);
    // Numbered in the order their fields are printed: the summary, then item 2's expected
    // effect (two comments), then those printed nowhere, as the file has them.
    const QStringList expected{
        u"[1] Sammanfattning Cecilia Ek, 2026-05-04 09:30: Lite lång. ZEBRASUMMERING"_s,
        u"[2] Åtgärdsområde 2 – Förväntad effekt ”regelverket” Anna Andersson, 2026-05-04 09:30: Kan effekten beskrivas mer konkret? ZEBRAEFFEKT "
        "Svar från Bo Berg, 2026-05-05 10:00: Ja, jag skriver om den. ZEBRASVAR"_s,
        u"[3] Åtgärdsområde 2 – Förväntad effekt Eva Gran, 2026-05-04 09:30: Håller med. ZEBRAMEDHÅLL"_s,
        u"[4] Punkt 10 – Planerade åtgärder (finns inte längre i yttrandet) ”gammal text” David Fors, 2026-05-04 09:30: "
        "Om en borttagen punkt. ZEBRABORTA"_s,
        u"[5] Ska vara inkommen senast (visas inte i yttrandet) David Fors, 2026-05-04 09:30: Hinner vi? ZEBRADATUM"_s,
    };
    qsizetype at = 0;
    for (const QString &note : expected) {
        const qsizetype found = section.indexOf(note, at);
        QVERIFY2(found >= at, qPrintable(u"not found in order: "_s + note + u"\nin: "_s + section));
        at = found + note.size();
    }
    QVERIFY(!section.contains(u"[6]"_s));
}

void TestReviewCopy::markersInReadingOrder()
{
    const PdfDocument document = laidOut(reviewed(), PdfCopy::ReviewCopy);
    const auto found = markers(document);
    QStringList numbers;
    for (const auto &[marker, block] : found)
        numbers.append(marker);
    // The comments on a field that is gone or not printed have no marker; two on one field
    // are marked together.
    QCOMPARE(numbers, (QStringList{u"[1]"_s, u"[2]"_s, u"[3]"_s}));
    QCOMPARE(found.at(1).second, found.at(2).second);

    // In the PDF the marker follows the field's last words.
    const QString text = test::pdfText(write(reviewed(), u"markers"_s));
    QVERIFY2(text.contains(u"det uppföljande yttrandet. [1]"_s), qPrintable(text.left(3000)));
    QVERIFY2(text.contains(u"beslutats av behörig person. [2][3]"_s), qPrintable(text.left(5000)));
}

void TestReviewCopy::markerPlace_data()
{
    QTest::addColumn<Statement>("statement");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("block");  // the text the marker follows in its block; "" for no marker
    QTest::addColumn<QString>("remark"); // after the field's name in the note

    const Statement first = Example::statement();
    const Statement followUp = test::followUpStatement();
    const QString notPrinted = u"(visas inte i yttrandet)"_s;
    const QString gone = u"(finns inte längre i yttrandet)"_s;

    QTest::newRow("summary") << first << u"/summary"_s << u"i det uppföljande yttrandet."_s << QString();
    QTest::newRow("case number") << first << u"/caseNumber"_s << u"Diarienummer \tKS-2026-0345"_s << QString();
    QTest::newRow("audit title: the subject line") << first << u"/audit/title"_s << u"upphandling KR-2026/0012"_s << QString();
    QTest::newRow("audit conclusion: not printed, at the subject line")
        << first << u"/audit/conclusion"_s << u"upphandling KR-2026/0012"_s << notPrinted;
    QTest::newRow("auditors' text, in the frame") << first << u"/items/0/text"_s << u"framgår tydligt."_s << QString();
    QTest::newRow("item heading") << first << u"/items/2/label"_s << u"Åtgärdsområde 3"_s << QString();
    QTest::newRow("addressed to: not printed, at the heading") << first << u"/items/2/addressedTo"_s << u"Åtgärdsområde 3"_s << notPrinted;
    QTest::newRow("deadline") << first << u"/items/0/response/deadline"_s << u"i slutet av 2026"_s << QString();
    QTest::newRow("first statement: a measure's status in the item's list")
        << first << u"/measures/0/status"_s << u"Revidering av upphandlingspolicyn – pågående, senast december 2026"_s << QString();
    QTest::newRow("measure owner: not printed, at the measure")
        << first << u"/measures/0/owner"_s << u"Revidering av upphandlingspolicyn – pågående, senast december 2026"_s << notPrinted;
    QTest::newRow("follow-up: a measure's status in the table")
        << followUp << u"/measures/0/status"_s << u"Ny riktlinje för informationssäkerhet i Malmö stad.\t\tX"_s << QString();
    QTest::newRow("follow-up: effect achieved") << followUp << u"/items/0/response/effectAchieved"_s
                                                << u"Det går ännu inte att se effekter i verksamheten."_s << QString();
    QTest::newRow("empty field: after its placeholder") << followUp << u"/items/2/response/effectAchieved"_s
                                                         << u"[Effekt i verksamheten saknas]"_s << QString();
    QTest::newRow("signature name") << first << u"/signatures/0/name"_s << u"Karin Lindqvist"_s << QString();
    QTest::newRow("due date: not printed") << first << u"/dueDate"_s << QString() << notPrinted;
    QTest::newRow("board: in the page header, no marker") << first << u"/board"_s << QString() << QString();
    QTest::newRow("review state: not printed") << first << u"/review/state"_s << QString() << notPrinted;
    QTest::newRow("a removed item") << first << u"/items/20/text"_s << QString() << gone;
    QTest::newRow("a removed measure") << first << u"/measures/30"_s << QString() << gone;
    QTest::newRow("no such field of an item") << first << u"/items/1/colour"_s << u"Åtgärdsområde 2"_s << gone;
}

void TestReviewCopy::markerPlace()
{
    QFETCH(Statement, statement);
    QFETCH(QString, target);
    QFETCH(QString, block);
    QFETCH(QString, remark);

    statement.review = Review();
    statement.review->comments.append(comment(u"c1"_s, target, u"Anna Andersson"_s, u"ZEBRAKOMMENTAR"_s));
    const PdfDocument document = laidOut(statement, PdfCopy::ReviewCopy);
    const auto found = markers(document);
    if (block.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).second));
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first, u"[1]"_s);
        const QString marked = found.first().second;
        QVERIFY2(marked.contains(block + u"\u00a0[1]"_s), qPrintable(marked));
    }

    // The note names the field and says when it is not to be found in the statement.
    const PdfBlock *note = nullptr;
    for (const PdfBlock &b : document.blocks()) {
        if (b.look == PdfBlock::Look::Note && b.plainText().startsWith(u"[1] \t"_s))
            note = &b;
    }
    QVERIFY(note);
    QCOMPARE(note->destination, u"note-1"_s);
    if (remark.isEmpty())
        QVERIFY2(!note->plainText().contains(u"("_s), qPrintable(note->plainText()));
    else
        QVERIFY2(note->plainText().endsWith(u" "_s + remark), qPrintable(note->plainText()));
}

void TestReviewCopy::resolvedLeftOut()
{
    const QString text = test::pdfText(write(reviewed(), u"resolved"_s));
    QVERIFY(text.contains(u"ZEBRASUMMERING"_s));
    QVERIFY(!text.contains(u"ZEBRALÖST"_s));
    // The resolved comment's field (the first item's text) has no marker.
    const PdfDocument document = laidOut(reviewed(), PdfCopy::ReviewCopy);
    for (const auto &[marker, block] : markers(document))
        QVERIFY2(!block.contains(u"framgår tydligt"_s), qPrintable(block));
}

void TestReviewCopy::noOpenComments_data()
{
    QTest::addColumn<Statement>("statement");
    Statement resolvedOnly = reviewed();
    for (Comment &c : resolvedOnly.review->comments)
        c.resolved = true;
    QTest::newRow("no review") << Example::statement();
    QTest::newRow("no comments") << [] {
        Statement s = Example::statement();
        s.review = Review();
        return s;
    }();
    QTest::newRow("all resolved") << resolvedOnly;
}

void TestReviewCopy::noOpenComments()
{
    QFETCH(Statement, statement);
    const QString text = test::pdfText(write(statement, u"none"_s));
    QVERIFY2(text.endsWith(u"Kommentarer från granskningen Det finns inga öppna kommentarer från granskningen."_s), qPrintable(text.right(500)));
    QVERIFY(!text.contains(u"ZEBRA"_s));
    QVERIFY(markers(laidOut(statement, PdfCopy::ReviewCopy)).isEmpty());
}

void TestReviewCopy::markedNotDecided()
{
    const QString pdf = write(reviewed(), u"banner"_s);
    const test::ToolRun pages = test::runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QCOMPARE(pages.exitCode, 0);
    QStringList texts = pages.out.split(u'\f');
    if (texts.last().trimmed().isEmpty())
        texts.removeLast();
    QVERIFY(texts.size() > 1);
    for (const QString &page : std::as_const(texts))
        QVERIFY2(page.trimmed().startsWith(u"Granskningsexemplar – inte beslutat"_s), qPrintable(page.left(300)));

    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf});
    QVERIFY2(info.out.contains(u"Title:           Granskningsexemplar – inte beslutat: Yttrande - Granskning av intern kontroll"_s),
             qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Tagged:          yes"_s), qPrintable(info.out));
}

void TestReviewCopy::statementHasNoComments_data()
{
    QTest::addColumn<Statement>("statement");
    QTest::newRow("first statement") << reviewed();
    Statement followUp = test::followUpStatement();
    followUp.review = reviewed().review;
    followUp.review->comments.append(comment(u"c9"_s, u"/measures/0/status"_s, u"Eva Gran"_s, u"I tabellen. ZEBRATABELL"_s));
    QTest::newRow("follow-up") << followUp;
}

void TestReviewCopy::statementHasNoComments()
{
    // The statement the board decides never carries the review, whatever the file holds.
    QFETCH(Statement, statement);
    const QString text = test::pdfText(write(statement, u"statement"_s, PdfCopy::Statement));
    QVERIFY(text.contains(u"Förväntad effekt"_s));
    for (const QString &word : commentWords + QStringList{u"ZEBRA"_s, u"Granskningsexemplar"_s, u"Kommentarer från granskningen"_s})
        QVERIFY2(!text.contains(word), qPrintable(word));
    QVERIFY(!text.contains(QRegularExpression(u"\\[\\d+\\]"_s)));
    QVERIFY(markers(laidOut(statement, PdfCopy::Statement)).isEmpty());
    // The default copy is the statement.
    auto texts = [](const PdfDocument &document) {
        QStringList all;
        for (const PdfBlock &block : document.blocks())
            all.append(block.plainText());
        return all;
    };
    QCOMPARE(texts(PdfDocument::layout(statement).value()), texts(laidOut(statement, PdfCopy::Statement)));

    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, m_dir.filePath(u"statement.pdf"_s)});
    QVERIFY2(!info.out.contains(u"Granskningsexemplar"_s), qPrintable(info.out));
}

void TestReviewCopy::markersLinkToNotes()
{
    const QString pdf = write(reviewed(), u"links"_s);
    // Named destinations, one per note, and a link annotation going to each marked one.
    const test::ToolRun dests = test::runTool(u"pdfinfo"_s, {u"-dests"_s, pdf});
    QCOMPARE(dests.exitCode, 0);
    for (int n = 1; n <= 5; ++n)
        QVERIFY2(dests.out.contains(QRegularExpression(u"\"note-%1\""_s.arg(n))), qPrintable(dests.out));
    const QString qdf = m_dir.filePath(u"links-qdf.pdf"_s);
    QCOMPARE(test::runTool(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, pdf, qdf}).exitCode, 0);
    const QByteArray objects = test::readFile(qdf);
    QVERIFY(objects.contains("/Dest (note-1)"));
    QVERIFY(objects.contains("/Dest (note-2)"));
    QVERIFY(objects.contains("/Dest (note-3)"));
    QVERIFY(!objects.contains("/Dest (note-4)")); // not marked in the text: nothing links to it
    // The markers are Link elements of the structure tree, the notes are in it too.
    const test::ToolRun tree = test::runTool(u"pdfinfo"_s, {u"-struct-text"_s, pdf});
    QVERIFY2(tree.out.contains(u"Link (inline)"_s), qPrintable(tree.out.left(2000)));
    QVERIFY(test::normalized(tree.out).contains(u"ZEBRASVAR"_s));
}

void TestReviewCopy::english()
{
    Statement statement = reviewed();
    statement.language = u"en"_s;
    const QString text = test::pdfText(write(statement, u"english"_s));
    QVERIFY2(text.startsWith(u"Review copy – not decided"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"Review comments [1] Summary Cecilia Ek, 2026-05-04 09:30: Lite lång."_s));
    QVERIFY(text.contains(u"“regelverket” Anna Andersson"_s));
    QVERIFY(text.contains(u"Reply from Bo Berg, 2026-05-05 10:00:"_s));
    QVERIFY(text.contains(u"Item 10 – Planned measures (no longer in the statement)"_s));
}

void TestReviewCopy::syntax_data()
{
    QTest::addColumn<Statement>("statement");
    QTest::newRow("first statement") << reviewed();
    Statement followUp = test::followUpStatement();
    followUp.review = reviewed().review;
    QTest::newRow("follow-up") << followUp;
    QTest::newRow("no comments") << Example::statement();
    Statement longOnes = test::longStatement();
    longOnes.review = reviewed().review;
    for (int i = 0; i < 30; ++i) {
        longOnes.review->comments.append(comment(u"x%1"_s.arg(i), u"/items/%1/response/measures"_s.arg(i % 8), u"Fia Holm"_s,
                                                 test::longParagraph(3, u"kommentar %1"_s.arg(i))));
    }
    QTest::newRow("many long comments over pages") << longOnes;
}

void TestReviewCopy::syntax()
{
    QFETCH(Statement, statement);
    const QString problems = test::qpdfProblems(write(statement, u"syntax"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestReviewCopy)
#include "tst_reviewcopy.moc"
