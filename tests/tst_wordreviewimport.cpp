// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"
#include "docx/docxexporter.h"
#include "docx/docxfields.h"
#include "docx/wordreviewimport.h"
#include "docxtools.h"
#include "format/example.h"
#include "format/statementfile.h"
#include "language/documentlabels.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

using namespace test::reviewStep;

class TestWordReviewImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Statement m_statement = Example::statement();

    /// Exports the statement, reviews it with the steps as Word would, returns the reviewed path.
    QString reviewed(const Statement &statement, const QJsonArray &steps, const QString &name, const DocxOptions &options = {})
    {
        const QString exported = m_dir.filePath(name + u"-exported.docx"_s);
        const auto written = DocxExporter::write(statement, exported, options);
        if (!written) {
            QTest::qFail(qPrintable(written.error().text()), __FILE__, __LINE__);
            return {};
        }
        QString error;
        const QString path = test::reviewInWord(exported, steps, QDir(m_dir.path()), name, &error);
        if (path.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return path;
    }

    WordReview imported(const QString &path, const Statement &statement)
    {
        auto read = WordReviewImport::read(path, statement);
        if (!read) {
            QTest::qFail(qPrintable(read.error().text()), __FILE__, __LINE__);
            return {};
        }
        return read.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void untouchedExportBringsNothingBack_data();
    void untouchedExportBringsNothingBack();
    void commentsComeBackOnTheirFields();
    void trackedChangeIsProposedAndAcceptedAsOneEdit();
    void typedOverChangeIsProposed();
    void deadlineChangeIsReadAsADeadline();
    void commentOnAHeadingGoesToTheFieldBelowWithANote();
    void reviewInTheMunicipalTemplateComesBack();
    void reviewOfAnOlderTextSaysSo();
    void deletedFieldsAreListed();
    void documentsThatAreNotOursAreRefused_data();
    void documentsThatAreNotOursAreRefused();
    void commandLineWritesTheReviewIntoANewFile();
};

void TestWordReviewImport::untouchedExportBringsNothingBack_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::newRow("built-in") << QString();
    QTest::newRow("content controls") << u"docx/sjovik-kontroller.dotx"_s;
    QTest::newRow("bookmarks") << u"docx/sjovik-bokmarken.docx"_s;
}

void TestWordReviewImport::untouchedExportBringsNothingBack()
{
    QFETCH(QString, templateName);
    // Every field reads back exactly as exported, whatever the template: a reviewer who
    // changed nothing proposes nothing.
    const QString path = reviewed(m_statement, {}, u"untouched-"_s + QString::number(templateName.size()),
                                  {templateName.isEmpty() ? QString() : test::dataPath(templateName), u"Anna Berg"_s});
    const WordReview review = imported(path, m_statement);
    QVERIFY(review.exportRecordFound);
    QVERIFY(review.comments.isEmpty());
    QVERIFY2(review.changes.isEmpty(), qPrintable(review.changes.value(0).field + u": "_s + review.changes.value(0).after));
    QVERIFY(review.notPlaced.isEmpty());
    QVERIFY(review.missingFields.isEmpty());
}

void TestWordReviewImport::commentsComeBackOnTheirFields()
{
    const QString path = reviewed(m_statement,
                                  {comment(u"yttra:/items/r1/response/expectedEffect"_s, u"lättare för chefer"_s, u"Karin Chef"_s, u"Hur mäter vi detta?"_s, 1),
                                   reply(1, u"Sara Sekreterare"_s, u"Med en enkät."_s, 2),
                                   comment(u"yttra:/measures/m3/title"_s, u"utbildning för beställare"_s, u"Karin Chef"_s, u"Klart redan?"_s, 3)},
                                  u"comments"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.comments.size(), 2);
    QVERIFY(review.notPlaced.isEmpty());
    const Comment &first = review.comments.at(0);
    QCOMPARE(first.target, u"/items/0/response/expectedEffect"_s);
    QCOMPARE(first.quote, u"lättare för chefer"_s);
    QCOMPARE(first.author, u"Karin Chef"_s);
    QCOMPARE(first.text, u"Hur mäter vi detta?"_s);
    QCOMPARE(first.created, u"2026-12-01T10:00:00Z"_s);
    QVERIFY(!first.resolved);
    QCOMPARE(first.replies.size(), 1);
    QCOMPARE(first.replies.first().author, u"Sara Sekreterare"_s);
    QCOMPARE(first.replies.first().text, u"Med en enkät."_s);
    const qsizetype m3 = m_statement.indexOfMeasure(u"m3"_s);
    QVERIFY(m3 >= 0);
    QCOMPARE(review.comments.at(1).target, u"/measures/%1/title"_s.arg(m3));

    // The same document read twice gives the same comment ids, so importing it again adds nothing.
    const WordReview again = imported(path, m_statement);
    QCOMPARE(again.comments.at(0).id, first.id);
}

void TestWordReviewImport::trackedChangeIsProposedAndAcceptedAsOneEdit()
{
    const QString path = reviewed(m_statement, {tracked(u"yttra:/items/r2/response/measures"_s, u"webbutbildning"_s, u"utbildning på webben"_s, u"Karin Chef"_s)},
                                  u"tracked"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.changes.size(), 1);
    const ProposedChange &change = review.changes.first();
    QCOMPARE(change.pointer, u"/items/1/response/measures"_s);
    QCOMPARE(change.before, m_statement.items.at(1).response.measures);
    QString expected = m_statement.items.at(1).response.measures;
    expected.replace(u"webbutbildning"_s, u"utbildning på webben"_s);
    QCOMPARE(change.after, expected); // the list and the bold word come back as the editor keeps them
    QCOMPARE(change.by, QStringList{u"Karin Chef"_s});
    QVERIFY(!change.changedSince);
    QVERIFY(change.field.contains(DocumentLabels(m_statement.language).itemHeading(m_statement, 1)));

    // Nothing is applied until the secretary accepts it; then it is one step on the undo stack.
    StatementDocument document(m_statement);
    QCOMPARE(document.statement(), m_statement);
    YTTRA_VERIFY_OK(WordReviewImport::accept(document, change));
    QCOMPARE(document.statement().items.at(1).response.measures, expected);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.statement(), m_statement);
}

void TestWordReviewImport::typedOverChangeIsProposed()
{
    const QString path = reviewed(m_statement,
                                  {typed(u"yttra:/summary"_s, u"delar i allt väsentligt"_s, u"delar helt"_s),
                                   QJsonObject{{u"lastModifiedBy"_s, u"Per Förvaltningschef"_s}}},
                                  u"typed"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.changes.size(), 1);
    const ProposedChange &change = review.changes.first();
    QCOMPARE(change.pointer, u"/summary"_s);
    QCOMPARE(change.after, QString(m_statement.summary).replace(u"delar i allt väsentligt"_s, u"delar helt"_s));
    // No tracked change says who: the document's last author did.
    QCOMPARE(change.by, QStringList{u"Per Förvaltningschef"_s});

    // A document nobody saved since the export still names the one who exported it: that
    // says nothing of who typed.
    const QString unsaved = reviewed(m_statement, {typed(u"yttra:/summary"_s, u"delar i allt väsentligt"_s, u"delar helt"_s)},
                                     u"typed-unsaved"_s, {QString(), u"Sara Sekreterare"_s});
    const WordReview anonymous = imported(unsaved, m_statement);
    QCOMPARE(anonymous.changes.size(), 1);
    QVERIFY2(anonymous.changes.first().by.isEmpty(), qPrintable(anonymous.changes.first().by.join(u", "_s)));
}

void TestWordReviewImport::deadlineChangeIsReadAsADeadline()
{
    const QString before = m_statement.items.at(0).response.deadline.toString();
    const QString path = reviewed(m_statement,
                                  {typed(u"yttra:/items/r1/response/deadline"_s, u"i slutet av 2026"_s, u"senast juni 2027"_s),
                                   typed(u"yttra:/items/r2/response/deadline"_s, u"första halvåret 2027"_s, u"när vi hinner"_s)},
                                  u"deadline"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.changes.size(), 1);
    QCOMPARE(review.changes.first().pointer, u"/items/0/response/deadline"_s);
    StatementDocument document(m_statement);
    YTTRA_VERIFY_OK(WordReviewImport::accept(document, review.changes.first()));
    QCOMPARE(document.statement().items.at(0).response.deadline, Deadline::parse(u"2027-06"_s).value());
    // What is no deadline is listed with why, never dropped.
    QCOMPARE(review.notPlaced.size(), 1);
    QVERIFY2(review.notPlaced.first().contains(u"när vi hinner"_s), qPrintable(review.notPlaced.first()));
    QVERIFY(!before.isEmpty());
}

void TestWordReviewImport::commentOnAHeadingGoesToTheFieldBelowWithANote()
{
    const QString path = reviewed(m_statement, {comment(u"heading:Förväntad effekt"_s, QString(), u"Karin Chef"_s, u"Rubriken?"_s, 1)}, u"heading"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.comments.size(), 1);
    QCOMPARE(review.comments.first().target, u"/items/0/response/expectedEffect"_s);
    QCOMPARE(review.notes.size(), 1);
    QVERIFY2(review.notes.first().contains(u"Rubriken?"_s) && review.notes.first().contains(u"Karin Chef"_s), qPrintable(review.notes.first()));
}

void TestWordReviewImport::reviewInTheMunicipalTemplateComesBack()
{
    const QString path = reviewed(m_statement,
                                  {comment(u"yttra:/items/r1/text"_s, u"Revidera upphandlingspolicyn"_s, u"Karin Chef"_s, u"Står det så i rapporten?"_s, 1),
                                   tracked(u"yttra:/items/r1/response/expectedEffect"_s, u"Tydliga"_s, u"Klara"_s, u"Karin Chef"_s),
                                   typed(u"Till"_s, m_statement.recipient, u"Revisorerna i Sjöviks kommun"_s),
                                   typed(u"Rubrik"_s, u"Rapport"_s, u"Skrivelse"_s)},
                                  u"template"_s, {test::dataPath(u"docx/sjovik-kontroller.dotx"_s), u"Anna Berg"_s});
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.comments.size(), 1);
    QCOMPARE(review.comments.first().target, u"/items/0/text"_s);
    QCOMPARE(review.changes.size(), 2);
    QStringList pointers;
    for (const ProposedChange &change : review.changes)
        pointers.append(change.pointer);
    pointers.sort();
    // The template's own "Till" control shows the recipient: a change there is a change of it.
    QCOMPARE(pointers, (QStringList{u"/items/0/response/expectedEffect"_s, u"/recipient"_s}));
    // Nobody changed the statement since the export, whichever control shows a field.
    for (const ProposedChange &change : review.changes)
        QVERIFY2(!change.changedSince, qPrintable(change.field));
    // The title is made from the audit's details: a change to it is listed, not lost.
    QCOMPARE(review.notPlaced.size(), 1);
    QVERIFY2(review.notPlaced.first().contains(u"Skrivelse"_s) && review.notPlaced.first().contains(u"Rubrik"_s), qPrintable(review.notPlaced.first()));
}

void TestWordReviewImport::reviewOfAnOlderTextSaysSo()
{
    const QString path = reviewed(m_statement, {typed(u"yttra:/items/r1/response/expectedEffect"_s, u"Tydliga"_s, u"Klara"_s)}, u"older"_s);
    // Meanwhile the secretary changed the same field in Yttra.
    Statement edited = m_statement;
    edited.items[0].response.expectedEffect = u"Ny text från sekreteraren."_s;
    const WordReview review = imported(path, edited);
    QCOMPARE(review.changes.size(), 1);
    QVERIFY(review.changes.first().changedSince);
    QCOMPARE(review.changes.first().before, u"Ny text från sekreteraren."_s);
    // A field only the secretary changed is no proposal of the reviewer's.
    const QString untouched = reviewed(m_statement, {}, u"older-untouched"_s);
    QVERIFY(imported(untouched, edited).changes.isEmpty());
}

void TestWordReviewImport::deletedFieldsAreListed()
{
    const QString path = reviewed(m_statement, {QJsonObject{{u"deleteControl"_s, u"yttra:/items/r2/response/expectedEffect"_s}}}, u"deleted"_s);
    const WordReview review = imported(path, m_statement);
    QCOMPARE(review.missingFields.size(), 1);
    QVERIFY2(review.missingFields.first().contains(DocumentLabels(m_statement.language).itemHeading(m_statement, 1)),
             qPrintable(review.missingFields.first()));
}

void TestWordReviewImport::documentsThatAreNotOursAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a template") << u"template"_s << u"not a Word document exported by Yttra"_s;
    QTest::newRow("another statement's") << u"other"_s << u"not of"_s;
    QTest::newRow("every field deleted") << u"stripped"_s << u"have been deleted"_s;
    QTest::newRow("not Word at all") << u"text"_s << u"not a Word document"_s;
    QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
}

void TestWordReviewImport::documentsThatAreNotOursAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString path;
    if (kind == u"template") {
        path = test::dataPath(u"docx/sjovik-bokmarken.docx"_s);
    } else if (kind == u"other") {
        Statement other = m_statement;
        other.board = u"Samhällsbyggnadsnämnden"_s;
        path = reviewed(other, {}, u"other"_s);
    } else if (kind == u"stripped") {
        QJsonArray steps;
        const QHash<QString, QString> fields = DocxExporter::fieldValues(m_statement);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (DocxFields::isOurs(it.key()))
                steps.append(QJsonObject{{u"deleteControl"_s, it.key()}});
        }
        path = reviewed(m_statement, steps, u"stripped"_s);
    } else if (kind == u"text") {
        path = m_dir.filePath(u"notes.docx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Anteckningar från mötet\n");
    } else {
        path = m_dir.filePath(u"nowhere.docx"_s);
    }
    auto read = WordReviewImport::read(path, m_statement);
    QVERIFY(!read);
    QVERIFY2(read.error().text().contains(message), qPrintable(read.error().text()));
    QVERIFY2(read.error().text().contains(QFileInfo(path).fileName()), qPrintable(read.error().text()));
}

void TestWordReviewImport::commandLineWritesTheReviewIntoANewFile()
{
    const QString input = m_dir.filePath(u"cli.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(m_statement, input));
    const QByteArray inputBytes = test::readFile(input);
    const QString path = reviewed(m_statement,
                                  {comment(u"yttra:/items/r1/response/expectedEffect"_s, u"lättare för chefer"_s, u"Karin Chef"_s, u"Hur mäter vi detta?"_s, 1),
                                   reply(1, u"Sara Sekreterare"_s, u"Med en enkät."_s, 2),
                                   tracked(u"yttra:/items/r2/response/measures"_s, u"webbutbildning"_s, u"utbildning på webben"_s, u"Karin Chef"_s)},
                                  u"cli"_s);
    auto cli = [](const QStringList &arguments) {
        const test::ToolRun run = test::runTool(QStringLiteral(YTTRA_CLI), arguments);
        return std::tuple{run.exitCode, run.stdOut, run.stdErr};
    };

    // Without -o it lists what came back and writes nothing.
    auto [code, out, err] = cli({u"review-import"_s, path, input});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"1 new comment from Word, 1 reply added"_s) && out.contains(u"1 proposed change"_s), qPrintable(out));
    QVERIFY2(out.contains(u"[-webbutbildning-]{+utbildning på webben+}"_s), qPrintable(out));

    const QString output = m_dir.filePath(u"cli-reviewed.yttrande"_s);
    std::tie(code, out, err) = cli({u"review-import"_s, path, input, u"-o"_s, output, u"--accept-changes"_s});
    QCOMPARE(code, 0);
    QCOMPARE(test::readFile(input), inputBytes); // the input is never changed
    auto written = StatementFile::load(output);
    YTTRA_VERIFY_OK(written);
    const Statement &result = written.value().statement;
    QVERIFY(result.review);
    QCOMPARE(result.review->comments.size(), 1);
    QCOMPARE(result.review->comments.first().target, u"/items/0/response/expectedEffect"_s);
    QVERIFY(result.items.at(1).response.measures.contains(u"utbildning på webben"_s));

    // A document that is not ours: exit 1, the reason, and no output written.
    const QString refused = m_dir.filePath(u"cli-refused.yttrande"_s);
    std::tie(code, out, err) = cli({u"review-import"_s, test::dataPath(u"docx/sjovik-bokmarken.docx"_s), input, u"-o"_s, refused});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(u"sjovik-bokmarken.docx"_s) && err.contains(u"not a Word document exported by Yttra"_s), qPrintable(err));
    QVERIFY(!QFile::exists(refused));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestWordReviewImport)
#include "tst_wordreviewimport.moc"
