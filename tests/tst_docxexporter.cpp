// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxexporter.h"
#include "docx/docxfields.h"
#include "docxtools.h"
#include "format/example.h"
#include "format/statementfile.h"
#include "language/documentlabels.h"
#include "markdown/markdown.h"
#include "pdf/logoimage.h"
#include "pdftools.h"
#include "testhelpers.h"
#include "zip/zippackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QString malmoSeed = u"seeds/malmo-ks-uppfoljande-2022.yttrande"_s;
const QString controlsTemplate = u"docx/sjovik-kontroller.dotx"_s;
const QString bookmarksTemplate = u"docx/sjovik-bokmarken.docx"_s;
const QString picturesScript = QStringLiteral(YTTRA_TEST_DATA "/../word/docxpictures.py");

Logo logoFile(const QString &name, const QString &description)
{
    const QByteArray data = test::readFile(test::dataPath(u"logo/"_s + name));
    return {LogoImage::mediaTypeOf(data), data, description};
}

/// The pictures of a Word document as tests/word/docxpictures.py (python-docx) finds them.
QJsonObject picturesOf(const QString &docx)
{
    const test::ToolRun run = test::runTool(QStringLiteral(YTTRA_PYTHON), {picturesScript, docx});
    if (run.exitCode != 0)
        QTest::qFail(qPrintable(run.out), __FILE__, __LINE__);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/// The pictures Yttra added (a template's own logo has a name of its own).
QJsonArray ourPictures(const QJsonObject &pictures)
{
    QJsonArray ours;
    for (const QJsonValue &picture : pictures.value(u"pictures"_s).toArray()) {
        if (picture.toObject().value(u"name"_s).toString() == u"Logo")
            ours.append(picture);
    }
    return ours;
}

Statement loadStatement(const QString &name)
{
    auto read = StatementFile::load(test::dataPath(name));
    if (!read)
        qFatal("%s", qPrintable(read.error().text()));
    return read.value().statement;
}

/// The plain words of a markdown field, whitespace as single spaces, for finding it in
/// what a reader extracted.
QString wordsOf(const QString &markdown)
{
    QStringList texts;
    for (const MarkdownBlock &block : Markdown::blocks(markdown)) {
        QString text;
        for (const MarkdownSpan &span : block.spans)
            text += span.text;
        texts.append(text);
    }
    return test::normalized(texts.join(u' '));
}

QStringList stringsOf(const QJsonArray &array)
{
    QStringList strings;
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

} // namespace

class TestDocxExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Writes the statement as Word and reads it back with python-docx.
    QJsonObject exportAndRead(const Statement &statement, const QString &name, const DocxOptions &options = {}, QStringList *warnings = nullptr)
    {
        const QString path = m_dir.filePath(name);
        auto written = DocxExporter::write(statement, path, options);
        if (!written) {
            QTest::qFail(qPrintable(written.error().text()), __FILE__, __LINE__);
            return {};
        }
        if (warnings)
            *warnings = written.value();
        QString error;
        QJsonObject docx = test::readDocx(path, &error);
        if (docx.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return docx;
    }

    /// The document converted to PDF by LibreOffice (an independent Word reader), kept for
    /// looking; empty, and the test failed, when it cannot be.
    QString asPdfByLibreOffice(const QString &docx)
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty()) {
            QTest::qFail("soffice is missing: run scripts/install-deps (libreoffice-writer-nogui)", __FILE__, __LINE__);
            return {};
        }
        // A profile of its own, so a LibreOffice the user has open is not disturbed.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"lo-profile"_s)).toString();
        QProcess office;
        office.start(soffice, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
                               u"--outdir"_s, m_dir.path(), docx});
        const QString pdf = m_dir.filePath(QFileInfo(docx).completeBaseName() + u".pdf"_s);
        if (!office.waitForFinished(90000) || !QFile::exists(pdf)) {
            QTest::qFail(qPrintable(u"LibreOffice made no PDF: "_s + QString::fromUtf8(office.readAllStandardError())), __FILE__, __LINE__);
            return {};
        }
        test::keepForLooking(pdf);
        return pdf;
    }

    struct Replacement
    {
        QString part;
        QByteArray before;
        QByteArray after;
    };
    /// A copy of a test template with words of its parts replaced; empty (and the test
    /// failed) when a word is not there.
    QString variantOf(const QString &templateName, const QString &name, const QList<Replacement> &replacements)
    {
        auto zip = ZipPackage::read(test::readFile(test::dataPath(templateName)));
        if (!zip) {
            QTest::qFail(qPrintable(zip.error().message), __FILE__, __LINE__);
            return {};
        }
        ZipPackage package = zip.value();
        for (const Replacement &replacement : replacements) {
            QByteArray part = package.part(replacement.part);
            if (!part.contains(replacement.before)) {
                QTest::qFail(qPrintable(replacement.part + u" has no "_s + QString::fromUtf8(replacement.before)), __FILE__, __LINE__);
                return {};
            }
            package.setPart(replacement.part, part.replace(replacement.before, replacement.after));
        }
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(package.toBytes().value()) < 0)
            return {};
        return path;
    }

private slots:
    void initTestCase();
    void builtInTemplateHasThePdfContentInWordStyles();
    void summaryTableRepeatsItsHeaderAndNeverSplitsARow();
    void everyFieldIsInATaggedControl();
    void runsAndPropertiesSaySwedish();
    void pagesAreNumberedWithFields();
    void contentControlTemplateIsFilled();
    void bookmarkTemplateIsFilled();
    void templateStylesAreUsedByName();
    void templatePlacesAreFoundWithoutCaseInEitherLanguage();
    void unknownControlsAreKeptUntouched();
    void templateWithoutBodyPlaceGetsTheBodyAtTheEnd();
    void badTemplatesAreRefusedAndWriteNothing_data();
    void badTemplatesAreRefusedAndWriteNothing();
    void theTemplateIsNeverOverwritten();
    void logoInTheFirstPageHeader_data();
    void logoInTheFirstPageHeader();
    void brokenLogoIsLeftOutWithAWarning();
    void templateKeepsItsOwnHeader();
    void templatePlaceGetsTheLogo_data();
    void templatePlaceGetsTheLogo();
    void libreOfficeShowsTheLogoOnTheFirstPage();
    void libreOfficeShowsEveryItemAndThePageNumbers_data();
    void libreOfficeShowsEveryItemAndThePageNumbers();
};

void TestDocxExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QJsonObject probe = test::readDocx(test::dataPath(bookmarksTemplate), &error);
    QVERIFY2(!probe.isEmpty(), qPrintable(error));
}

void TestDocxExporter::builtInTemplateHasThePdfContentInWordStyles()
{
    const Statement statement = loadStatement(malmoSeed);
    const QJsonObject docx = exportAndRead(statement, u"malmo.docx"_s);
    QVERIFY(!docx.isEmpty());
    const QJsonArray paragraphs = docx.value(u"paragraphs"_s).toArray();

    // The order of the PDF: the header block, "Yttrande", the subject, the summary, then each
    // item's heading with its framed text, then the signatures.
    QStringList styles;
    QStringList texts;
    for (const QJsonValue &value : paragraphs) {
        styles.append(value.toObject().value(u"style"_s).toString());
        texts.append(test::normalized(value.toObject().value(u"text"_s).toString()));
    }
    const DocumentLabels labels(statement.language);
    qsizetype at = texts.indexOf(u"Datum " + statement.date);
    QVERIFY2(at >= 0, qPrintable(texts.join(u'\n')));
    QCOMPARE(styles.at(at), u"Uppgift"_s);
    const qsizetype subject = texts.indexOf(test::normalized(labels.subjectLine(statement)));
    QVERIFY2(subject > at, qPrintable(texts.mid(0, 12).join(u'\n')));
    QCOMPARE(styles.at(subject), u"Ärendemening"_s);
    at = subject;
    for (qsizetype i = 0; i < statement.items.size(); ++i) {
        const Item &item = statement.items.at(i);
        const QString heading = labels.itemHeading(statement, i);
        const qsizetype headingAt = texts.indexOf(heading, at + 1);
        QVERIFY2(headingAt > at, qPrintable(u"no heading "_s + heading + u" after paragraph "_s + QString::number(at)));
        QVERIFY2(styles.at(headingAt).startsWith(u"Heading"_s), qPrintable(styles.at(headingAt)));
        // The auditors' words follow in the framed style.
        const QString frame = wordsOf(item.text).left(60);
        qsizetype frameAt = headingAt + 1;
        while (frameAt < texts.size() && !texts.at(frameAt).startsWith(frame))
            ++frameAt;
        QVERIFY2(frameAt < texts.size(), qPrintable(u"the text of "_s + heading + u" is missing"_s));
        QCOMPARE(styles.at(frameAt), u"Rekommendation"_s);
        at = frameAt;
    }
    const qsizetype chair = texts.indexOf(u"Ordförande"_s, at);
    QVERIFY(chair > at);
    QCOMPARE(styles.at(chair), u"Underskrift"_s);

    // Real styles, not direct formatting: the frame is the style's border, headings and the
    // signature keep with what follows by their style.
    const QJsonObject looks = docx.value(u"styleLooks"_s).toObject();
    QVERIFY(looks.value(u"Rekommendation"_s).toObject().value(u"border"_s).toBool());
    for (const QString &style : {u"Heading 1"_s, u"Heading 2"_s, u"Heading 3"_s, u"Underskrift"_s, u"Underskriftsrad"_s})
        QVERIFY2(looks.value(style).toObject().value(u"keepNext"_s).toBool(), qPrintable(style));
    // Lists are Word numbering in the list styles.
    int listParagraphs = 0;
    for (const QJsonValue &value : paragraphs) {
        const QJsonObject p = value.toObject();
        if (p.value(u"numId"_s).isDouble()) {
            ++listParagraphs;
            QVERIFY2(p.value(u"style"_s).toString().startsWith(u"List "_s), qPrintable(p.value(u"style"_s).toString()));
        }
    }
    QVERIFY(listParagraphs > 0);
}

void TestDocxExporter::summaryTableRepeatsItsHeaderAndNeverSplitsARow()
{
    const Statement statement = loadStatement(malmoSeed);
    const QJsonObject docx = exportAndRead(statement, u"table.docx"_s);
    const QJsonArray tables = docx.value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject table = tables.first().toObject();
    QCOMPARE(table.value(u"style"_s).toString(), u"Table Grid"_s);
    const QJsonArray rows = table.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), statement.measures.size() + 1);
    QCOMPARE(stringsOf(rows.first().toObject().value(u"cells"_s).toArray()),
             (QStringList{u"Åtgärd"_s, u"Planerad"_s, u"Pågående"_s, u"Avslutad"_s, u"Kommentar"_s}));
    QVERIFY(rows.first().toObject().value(u"header"_s).toBool());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QVERIFY2(row.value(u"cantSplit"_s).toBool(), qPrintable(u"row %1 may split"_s.arg(i)));
        if (i == 0)
            continue;
        QVERIFY(!row.value(u"header"_s).toBool());
        const Measure &measure = statement.measures.at(i - 1);
        const QStringList cells = stringsOf(row.value(u"cells"_s).toArray());
        QCOMPARE(test::normalized(cells.at(0)), wordsOf(measure.title));
        const int statusColumn = measure.status == MeasureStatus::Planned ? 1 : measure.status == MeasureStatus::Ongoing ? 2 : measure.status == MeasureStatus::Done ? 3 : -1;
        for (int column = 1; column <= 3; ++column)
            QCOMPARE(cells.at(column), column == statusColumn ? u"X"_s : QString());
        if (!measure.caseReference.isEmpty())
            QVERIFY2(cells.at(4).contains(measure.caseReference), qPrintable(cells.at(4)));
    }
}

void TestDocxExporter::everyFieldIsInATaggedControl()
{
    const Statement statement = loadStatement(malmoSeed);
    const QJsonObject docx = exportAndRead(statement, u"controls.docx"_s);
    const QHash<QString, QJsonObject> controls = test::controlsByTag(docx);
    // The tags name items and measures by id, so they stay true when items move.
    for (const Item &item : statement.items) {
        for (const QString &field : {u"text"_s, u"response/measures"_s, u"response/expectedEffect"_s, u"response/actionsTaken"_s, u"response/effectAchieved"_s}) {
            const QString tag = u"yttra:/items/%1/%2"_s.arg(item.id, field);
            QVERIFY2(controls.contains(tag), qPrintable(tag + u" is not in "_s + controls.keys().join(u", "_s)));
            QVERIFY(controls.value(tag).value(u"block"_s).toBool());
        }
        QCOMPARE(test::normalized(controls.value(u"yttra:/items/%1/text"_s.arg(item.id)).value(u"text"_s).toString()), wordsOf(item.text));
    }
    for (const Measure &measure : statement.measures) {
        const QString tag = u"yttra:/measures/%1/title"_s.arg(measure.id);
        QVERIFY2(controls.contains(tag), qPrintable(tag));
        QCOMPARE(test::normalized(controls.value(tag).value(u"text"_s).toString()), wordsOf(measure.title));
    }
    for (const QString &tag : {u"yttra:/date"_s, u"yttra:/caseNumber"_s, u"yttra:/summary"_s, u"yttra:/audit/title"_s})
        QVERIFY2(controls.contains(tag), qPrintable(tag));
    // The tags agree with the pointers Yttra's review uses.
    QCOMPARE(DocxFields::pointer(statement, u"yttra:/items/r2/response/actionsTaken"), u"/items/1/response/actionsTaken"_s);
    QCOMPARE(DocxFields::tag(statement, u"/measures/3/title"), u"yttra:/measures/%1/title"_s.arg(statement.measures.at(3).id));

    // An empty field shows the PDF's grey placeholder, marked as one.
    Statement draft = statement;
    draft.items[0].response.effectAchieved.clear();
    const QHash<QString, QJsonObject> draftControls = test::controlsByTag(exportAndRead(draft, u"draft.docx"_s));
    const QJsonObject empty = draftControls.value(u"yttra:/items/r1/response/effectAchieved"_s);
    QVERIFY(empty.value(u"placeholder"_s).toBool());
    QVERIFY2(empty.value(u"text"_s).toString().contains(u"saknas"_s), qPrintable(empty.value(u"text"_s).toString()));
}

void TestDocxExporter::runsAndPropertiesSaySwedish()
{
    Statement statement = loadStatement(malmoSeed);
    // Yttra's own template has no places to warn about, even for details the statement lacks.
    statement.office.clear();
    QStringList warnings;
    const QJsonObject docx = exportAndRead(statement, u"language.docx"_s, {}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(stringsOf(docx.value(u"languages"_s).toArray()), QStringList{u"sv-SE"_s});
    QCOMPARE(docx.value(u"runsWithoutLanguage"_s).toInt(), 0);
    const QJsonObject core = docx.value(u"core"_s).toObject();
    QCOMPARE(core.value(u"title"_s).toString(), u"Yttrande - %1 %2"_s.arg(statement.audit.title, statement.audit.reference));
    QCOMPARE(core.value(u"author"_s).toString(), statement.board);
    QCOMPARE(core.value(u"subject"_s).toString(), DocumentLabels(statement.language).subjectLine(statement));
    QCOMPARE(core.value(u"language"_s).toString(), u"sv-SE"_s);
    QVERIFY(core.value(u"keywords"_s).toString().contains(statement.audit.reference));
    QCOMPARE(docx.value(u"mainContentType"_s).toString(),
             u"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"_s);
}

void TestDocxExporter::pagesAreNumberedWithFields()
{
    const Statement statement = loadStatement(malmoSeed);
    const QJsonObject docx = exportAndRead(statement, u"pages.docx"_s);
    const QJsonArray headers = docx.value(u"headers"_s).toArray();
    QVERIFY(!headers.isEmpty());
    const QJsonObject header = headers.first().toObject();
    const QStringList fields = stringsOf(header.value(u"fields"_s).toArray());
    QVERIFY2(fields.contains(u"PAGE"_s) && fields.contains(u"NUMPAGES"_s), qPrintable(fields.join(u", "_s)));
    const QString text = header.value(u"text"_s).toString();
    QVERIFY2(text.contains(statement.board) && text.contains(statement.caseNumber) && text.contains(statement.date), qPrintable(text));
    // "1 (11)": the page, a space, the total in brackets.
    QVERIFY2(QRegularExpression(u"\\d+ \\(\\d+\\)"_s).match(text).hasMatch(), qPrintable(text));
    // A4 with margins of about 25 mm.
    const QJsonObject page = docx.value(u"page"_s).toObject();
    QVERIFY(qAbs(page.value(u"width"_s).toDouble() / 36000.0 - 210) < 1);
    QVERIFY(qAbs(page.value(u"left"_s).toDouble() / 36000.0 - 25) < 3);
}

void TestDocxExporter::contentControlTemplateIsFilled()
{
    const Statement statement = Example::statement();
    QStringList warnings;
    const QJsonObject docx = exportAndRead(statement, u"kontroller.docx"_s, {test::dataPath(controlsTemplate), u"Anna Berg"_s}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    // A .dotx becomes a document.
    QCOMPARE(docx.value(u"mainContentType"_s).toString(),
             u"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"_s);
    const DocumentLabels labels(statement.language);
    const QHash<QString, QJsonObject> body = test::controlsByTag(docx);
    QCOMPARE(body.value(u"Till"_s).value(u"text"_s).toString(), statement.recipient);
    QCOMPARE(body.value(u"Handläggare"_s).value(u"text"_s).toString(), u"Anna Berg"_s);
    QCOMPARE(body.value(u"Rubrik"_s).value(u"text"_s).toString(), labels.subjectLine(statement));
    for (const QString &tag : {u"Till"_s, u"Rubrik"_s, u"Handläggare"_s})
        QVERIFY2(!body.value(tag).value(u"placeholder"_s).toBool(), qPrintable(tag + u" still shows its placeholder"_s));
    // Both headers (the first page's and the others') have their controls filled, and keep the logo.
    for (const QString &part : {u"header"_s, u"firstHeader"_s}) {
        const QHash<QString, QJsonObject> header = test::controlsByTag(docx, part);
        QCOMPARE(header.value(u"Nämnd"_s).value(u"text"_s).toString(), statement.board);
        QCOMPARE(header.value(u"Datum"_s).value(u"text"_s).toString(), statement.date);
        QCOMPARE(header.value(u"Diarienummer"_s).value(u"text"_s).toString(), statement.caseNumber);
    }
    for (const QJsonValue &header : docx.value(u"headers"_s).toArray())
        QCOMPARE(header.toObject().value(u"images"_s).toInt(), 1);
    // The body went where the template's "Yttrande" control was, before its last paragraph.
    const QHash<QString, QJsonObject> all = test::controlsByTag(docx);
    QVERIFY(all.contains(u"yttra:/summary"_s));
    QVERIFY(!all.contains(u"Yttrande"_s) || !all.value(u"Yttrande"_s).value(u"text"_s).toString().contains(u"Klicka här"_s));
    // The template's page setup is kept (its left margin is 25 mm, its top 30 mm).
    QCOMPARE(docx.value(u"page"_s).toObject().value(u"top"_s).toDouble(), 1701 * 635.0);
    // Its custom properties are filled for DOCPROPERTY fields.
    const QJsonObject custom = docx.value(u"custom"_s).toObject();
    QCOMPARE(custom.value(u"Nämnd"_s).toString(), statement.board);
    QCOMPARE(custom.value(u"Handläggare"_s).toString(), u"Anna Berg"_s);
}

void TestDocxExporter::bookmarkTemplateIsFilled()
{
    const Statement statement = Example::statement();
    QStringList warnings;
    const QJsonObject docx = exportAndRead(statement, u"bokmarken.docx"_s, {test::dataPath(bookmarksTemplate), u"Anna Berg"_s}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QStringList texts;
    for (const QJsonValue &p : docx.value(u"paragraphs"_s).toArray())
        texts.append(p.toObject().value(u"text"_s).toString());
    // The bookmarks hold the values instead of the template's "[Nämnd]" words, a collapsed
    // bookmark ("Datum: " and nothing) gets its value too.
    QVERIFY2(texts.contains(statement.board), qPrintable(texts.mid(0, 8).join(u'\n')));
    QVERIFY(texts.contains(u"Datum: "_s + statement.date));
    QVERIFY(texts.contains(u"Diarienummer: "_s + statement.caseNumber));
    QVERIFY(texts.contains(u"Till: "_s + statement.recipient));
    QVERIFY(texts.contains(u"Handläggare: Anna Berg"_s));
    QVERIFY2(!texts.join(u'\n').contains(u"[Nämnd]"_s), qPrintable(texts.mid(0, 8).join(u'\n')));
    // The body is at the "Yttrande" bookmark: between the title and "Handläggare".
    const qsizetype summary = texts.indexOf(u"Sammanfattning"_s);
    QVERIFY(summary > texts.indexOf(DocumentLabels(statement.language).subjectLine(statement)));
    QVERIFY(summary < texts.indexOf(u"Handläggare: Anna Berg"_s));
    // The header's DOCPROPERTY fields show the values; the properties are set for Word to update them.
    const QJsonObject header = docx.value(u"headers"_s).toArray().first().toObject();
    QVERIFY(stringsOf(header.value(u"fields"_s).toArray()).join(u' ').contains(u"DOCPROPERTY Nämnd"_s));
    const QString headerText = header.value(u"text"_s).toString();
    QVERIFY2(headerText.contains(statement.board) && headerText.contains(statement.date) && headerText.contains(statement.caseNumber),
             qPrintable(headerText));
    QCOMPARE(header.value(u"images"_s).toInt(), 1);
    const QJsonObject custom = docx.value(u"custom"_s).toObject();
    for (const auto &[name, value] : {std::pair{u"Nämnd"_s, statement.board}, {u"Datum"_s, statement.date},
                                      {u"Diarienummer"_s, statement.caseNumber}, {u"Till"_s, statement.recipient}})
        QCOMPARE(custom.value(name).toString(), value);
    // A property of the template Yttra does not know keeps its value.
    QCOMPARE(custom.value(u"Dokumenttyp"_s).toString(), u"Yttrande"_s);
}

void TestDocxExporter::templateStylesAreUsedByName()
{
    // The bookmark template is a Swedish LibreOffice's: its headings are "Rubrik 1" with the
    // id Rubrik1; Yttra's headings must use them, and bring only the styles it lacks.
    const QJsonObject docx = exportAndRead(Example::statement(), u"styles.docx"_s, {test::dataPath(bookmarksTemplate), {}});
    QSet<QString> used;
    for (const QJsonValue &p : docx.value(u"paragraphs"_s).toArray())
        used.insert(p.toObject().value(u"style"_s).toString());
    QVERIFY2(used.contains(u"Rubrik 1"_s) && used.contains(u"Rubrik 2"_s), qPrintable(QStringList(used.begin(), used.end()).join(u", "_s)));
    QVERIFY(!used.contains(u"Heading 1"_s));
    const QStringList styles = stringsOf(docx.value(u"styles"_s).toArray());
    QVERIFY(!styles.contains(u"Heading 1"_s));
    QVERIFY(styles.contains(u"Rekommendation"_s)); // brought in: the template has no frame style
    QVERIFY(styles.contains(u"Sidhuvud"_s));       // the template's own, kept
}

void TestDocxExporter::templatePlacesAreFoundWithoutCaseInEitherLanguage()
{
    // A municipality's template may name its places in English or in other case: "to",
    // "BOARD", "date" are Till, Nämnd and Datum.
    const QString templatePath = variantOf(controlsTemplate, u"english.dotx"_s,
                                           {{u"word/document.xml"_s, "w:val=\"Till\"", "w:val=\"to\""},
                                            {u"word/document.xml"_s, "w:val=\"Yttrande\"", "w:val=\"yttrande\""},
                                            {u"word/header1.xml"_s, "w:val=\"Nämnd\"", "w:val=\"BOARD\""},
                                            {u"word/header1.xml"_s, "w:val=\"Datum\"", "w:val=\"date\""}});
    QVERIFY(!templatePath.isEmpty());
    const Statement statement = Example::statement();
    QStringList warnings;
    const QJsonObject docx = exportAndRead(statement, u"english.docx"_s, {templatePath, u"Anna Berg"_s}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(test::controlsByTag(docx).value(u"to"_s).value(u"text"_s).toString(), statement.recipient);
    const QHash<QString, QJsonObject> header = test::controlsByTag(docx, u"header"_s);
    QCOMPARE(header.value(u"BOARD"_s).value(u"text"_s).toString(), statement.board);
    QCOMPARE(header.value(u"date"_s).value(u"text"_s).toString(), statement.date);
    QVERIFY(test::controlsByTag(docx).contains(u"yttra:/summary"_s));
}

void TestDocxExporter::unknownControlsAreKeptUntouched()
{
    const QString path = m_dir.filePath(u"unknown.docx"_s);
    YTTRA_VERIFY_OK(DocxExporter::write(Example::statement(), path, {test::dataPath(controlsTemplate), {}}));
    // The template's "Sekretess" drop-down is neither filled nor rewritten: its XML is the template's.
    auto sekretessOf = [](const QByteArray &docx) {
        auto zip = ZipPackage::read(docx);
        if (!zip)
            return QByteArray();
        const QByteArray document = zip.value().part(u"word/document.xml"_s);
        const qsizetype tag = document.indexOf("w:val=\"Sekretess\"");
        const qsizetype start = document.lastIndexOf("<w:sdt>", tag);
        const qsizetype end = document.indexOf("</w:sdt>", tag);
        return tag < 0 ? QByteArray() : document.mid(start, end - start);
    };
    const QByteArray before = sekretessOf(test::readFile(test::dataPath(controlsTemplate)));
    QVERIFY(!before.isEmpty());
    QVERIFY(before.contains("w:dropDownList"));
    QCOMPARE(sekretessOf(test::readFile(path)), before);
}

void TestDocxExporter::templateWithoutBodyPlaceGetsTheBodyAtTheEnd()
{
    // The bookmark template without its "Yttrande" bookmark: the body goes at the end, with a warning.
    const QString templatePath = variantOf(bookmarksTemplate, u"no-place.docx"_s, {{u"word/document.xml"_s, "w:name=\"Yttrande\"", "w:name=\"Annat\""}});
    QVERIFY(!templatePath.isEmpty());

    QStringList warnings;
    const QJsonObject docx = exportAndRead(Example::statement(), u"at-end.docx"_s, {templatePath, u"Anna Berg"_s}, &warnings);
    QVERIFY2(warnings.size() == 1 && warnings.first().contains(u"Yttrande"_s), qPrintable(warnings.join(u'\n')));
    QStringList texts;
    for (const QJsonValue &p : docx.value(u"paragraphs"_s).toArray())
        texts.append(p.toObject().value(u"text"_s).toString());
    QVERIFY(texts.indexOf(u"Handläggare: Anna Berg"_s) > 0);
    QVERIFY(texts.indexOf(u"Sammanfattning"_s) > texts.indexOf(u"Handläggare: Anna Berg"_s));
}

void TestDocxExporter::badTemplatesAreRefusedAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    const int invalid = int(FileError::Kind::Invalid);

    QTest::newRow("text") << QByteArray("Det här är ingen mall.\n") << u"not a Word document"_s << invalid;
    // Word's encrypted documents and old .doc files are OLE compound files.
    QTest::newRow("encrypted (OLE)") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0') << u"password"_s << invalid;

    auto zipWith = [](const QList<std::pair<QString, QByteArray>> &files) {
        ZipPackage package;
        for (const auto &[name, data] : files)
            package.setPart(name, data);
        return package.toBytes().value();
    };
    const QByteArray types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                             "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    QTest::newRow("zip of something else") << zipWith({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}}) << u"[Content_Types].xml"_s
                                           << invalid;
    QTest::newRow("no main part") << zipWith({{u"[Content_Types].xml"_s, types}}) << u"no main document part"_s << invalid;
    QTest::newRow("no body") << zipWith({{u"[Content_Types].xml"_s, types}, {u"_rels/.rels"_s, rels},
                                         {u"word/document.xml"_s, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"}})
                             << u"has no body"_s << invalid;
    QTest::newRow("broken XML") << zipWith({{u"[Content_Types].xml"_s, types}, {u"_rels/.rels"_s, rels},
                                            {u"word/document.xml"_s, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"}})
                                << u"not well-formed"_s << invalid;
    QTest::newRow("missing file") << QByteArray() << u"no such template"_s << int(FileError::Kind::CannotRead);
}

void TestDocxExporter::badTemplatesAreRefusedAndWriteNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, kind);
    const QString templatePath = m_dir.filePath(u"bad-template.docx"_s);
    QFile::remove(templatePath);
    if (!bytes.isEmpty()) {
        QFile file(templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // An earlier export at the output's path stays as it was.
    const QString out = m_dir.filePath(u"earlier.docx"_s);
    QFile::remove(out);
    {
        QFile earlier(out);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    auto written = DocxExporter::write(Example::statement(), out, {templatePath, {}});
    QVERIFY(!written);
    QCOMPARE(int(written.error().kind), kind);
    QVERIFY2(written.error().text().contains(message), qPrintable(written.error().text()));
    QVERIFY2(written.error().text().contains(u"bad-template.docx"_s), qPrintable(written.error().text()));
    QCOMPARE(test::readFile(out), QByteArray("earlier"));
    QCOMPARE(QDir(m_dir.path()).entryList({u"earlier*"_s}, QDir::Files | QDir::Hidden), QStringList{u"earlier.docx"_s});
    if (!bytes.isEmpty())
        QCOMPARE(test::readFile(templatePath), bytes);
}

void TestDocxExporter::theTemplateIsNeverOverwritten()
{
    const QString templatePath = m_dir.filePath(u"own-template.docx"_s);
    QFile::remove(templatePath);
    QVERIFY(QFile::copy(test::dataPath(bookmarksTemplate), templatePath));
    const QByteArray before = test::readFile(templatePath);
    auto written = DocxExporter::write(Example::statement(), templatePath, {templatePath, {}});
    QVERIFY(!written);
    QCOMPARE(test::readFile(templatePath), before);
}

void TestDocxExporter::libreOfficeShowsEveryItemAndThePageNumbers_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("pageNumber"); // how the first page is numbered
    QTest::newRow("built-in") << QString() << u"1 ("_s;
    QTest::newRow("content controls") << controlsTemplate << u"Sida 1 ("_s;
}

void TestDocxExporter::libreOfficeShowsEveryItemAndThePageNumbers()
{
    QFETCH(QString, templateName);
    QFETCH(QString, pageNumber);
    QVERIFY2(test::missingPdfTools().isEmpty(), qPrintable(test::missingPdfTools()));

    const Statement statement = loadStatement(malmoSeed);
    const QString name = templateName.isEmpty() ? u"lo-builtin"_s : u"lo-template"_s;
    const QString docx = m_dir.filePath(name + u".docx"_s);
    YTTRA_VERIFY_OK(DocxExporter::write(statement, docx, {templateName.isEmpty() ? QString() : test::dataPath(templateName), {}}));
    const QString pdf = asPdfByLibreOffice(docx);
    QVERIFY(!pdf.isEmpty());

    const QString text = test::pdfText(pdf);
    for (const Item &item : statement.items)
        QVERIFY2(text.contains(wordsOf(item.text).left(80)), qPrintable(u"missing: "_s + wordsOf(item.text).left(80)));
    for (const Measure &measure : statement.measures)
        QVERIFY2(text.contains(wordsOf(measure.title).left(40)), qPrintable(u"missing: "_s + measure.title));
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
    QVERIFY(pages.hasMatch());
    // Real PAGE and NUMPAGES fields: LibreOffice computes "1 (7)" ... "7 (7)" itself.
    const QString total = pages.captured(1);
    QVERIFY(total.toInt() > 2);
    QVERIFY2(text.contains(pageNumber + total + u")"_s), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u" %1 (%1)"_s.arg(total)), qPrintable(text.right(300)));
}

void TestDocxExporter::logoInTheFirstPageHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QTest::newRow("PNG") << u"board.png"_s << u"Sjöviks kommuns logotyp"_s;
    QTest::newRow("SVG") << u"board.svg"_s << u"Sjöviks kommuns logotyp"_s;
    QTest::newRow("decorative") << u"board.png"_s << QString();
}

void TestDocxExporter::logoInTheFirstPageHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    Statement statement = loadStatement(malmoSeed);
    statement.logo = logoFile(file, description);
    QStringList warnings;
    const QJsonObject docx = exportAndRead(statement, u"logo.docx"_s, {}, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    const QJsonObject pictures = picturesOf(m_dir.filePath(u"logo.docx"_s));
    QVERIFY(pictures.value(u"firstPageHeader"_s).toBool());
    const QJsonArray all = pictures.value(u"pictures"_s).toArray();
    QCOMPARE(all.size(), 1);
    const QJsonObject picture = all.first().toObject();
    QCOMPARE(picture.value(u"role"_s).toString(), u"firstHeader"_s);
    QVERIFY(picture.value(u"inline"_s).toBool());
    QCOMPARE(picture.value(u"descr"_s).toString(), description);
    QCOMPARE(picture.value(u"decorative"_s).toBool(), description.isEmpty());
    QCOMPARE(picture.value(u"contentType"_s).toString(), u"image/png"_s);
    // An SVG goes with it, for the Words that draw one.
    QCOMPARE(picture.value(u"svg"_s).toBool(), file.endsWith(u".svg"_s));
    // An SVG becomes a PNG of its own shape (3:1), sharp enough to print.
    const QJsonArray pixels = picture.value(u"pixels"_s).toArray();
    QCOMPARE(pixels.at(0).toInt(), 3 * pixels.at(1).toInt());
    QVERIFY(pixels.at(1).toInt() >= 80);

    // The first page's header is the default one with the logo: the same details and the
    // page as "1 (11)", from fields.
    const QJsonArray headers = docx.value(u"headers"_s).toArray();
    QCOMPARE(headers.size(), 2);
    for (const QJsonValue &value : headers) {
        const QJsonObject header = value.toObject();
        const QString text = header.value(u"text"_s).toString();
        QVERIFY2(text.contains(statement.board) && text.contains(statement.caseNumber) && text.contains(statement.date), qPrintable(text));
        const QStringList fields = stringsOf(header.value(u"fields"_s).toArray());
        QVERIFY2(fields.contains(u"PAGE"_s) && fields.contains(u"NUMPAGES"_s), qPrintable(fields.join(u", "_s)));
    }
}

void TestDocxExporter::brokenLogoIsLeftOutWithAWarning()
{
    Statement statement = Example::statement();
    statement.logo = logoFile(u"broken.png"_s, u"Logotyp"_s);
    QStringList warnings;
    exportAndRead(statement, u"broken-logo.docx"_s, {}, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(u"logo"_s) && warnings.first().contains(u"PNG"_s), qPrintable(warnings.first()));
    const QJsonObject pictures = picturesOf(m_dir.filePath(u"broken-logo.docx"_s));
    QVERIFY(pictures.value(u"pictures"_s).toArray().isEmpty());
    QVERIFY(!pictures.value(u"firstPageHeader"_s).toBool());
}

void TestDocxExporter::templateKeepsItsOwnHeader()
{
    // The municipality's header has its own logo; ours would be a second one.
    Statement statement = Example::statement();
    statement.logo = logoFile(u"board.svg"_s, u"Nämndens logotyp"_s);
    QStringList warnings;
    exportAndRead(statement, u"template-logo.docx"_s, {test::dataPath(controlsTemplate), u"Anna Berg"_s}, &warnings);
    const QJsonObject pictures = picturesOf(m_dir.filePath(u"template-logo.docx"_s));
    QVERIFY(ourPictures(pictures).isEmpty());
    for (const QJsonValue &picture : pictures.value(u"pictures"_s).toArray()) // the template's own
        QCOMPARE(picture.toObject().value(u"descr"_s).toString(), u"Sjöviks kommun"_s);
    for (const QString &warning : std::as_const(warnings))
        QVERIFY2(!warning.contains(u"logo"_s, Qt::CaseInsensitive), qPrintable(warning));
}

void TestDocxExporter::templatePlaceGetsTheLogo_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("role");
    QTest::newRow("picture control in the header")
        << controlsTemplate << u"word/header1.xml"_s
        << QByteArray(R"(<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> Sjöviks kommun</w:t></w:r>)")
        << QByteArray(R"(<w:sdt><w:sdtPr><w:alias w:val="Nämndens logotyp"/><w:tag w:val="LOGOTYP"/><w:id w:val="1199"/>)"
                      R"(<w:showingPlcHdr/><w:picture/></w:sdtPr><w:sdtContent><w:r><w:t>Bild</w:t></w:r></w:sdtContent></w:sdt>)")
        << u"header"_s;
    QTest::newRow("control in the first page's header")
        << controlsTemplate << u"word/header2.xml"_s
        << QByteArray(R"(<w:r><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr><w:t>Sjöviks kommun</w:t></w:r>)")
        << QByteArray(R"(<w:sdt><w:sdtPr><w:alias w:val="Logo"/><w:id w:val="1198"/></w:sdtPr><w:sdtContent><w:r><w:t>Bild</w:t></w:r></w:sdtContent></w:sdt>)")
        << u"firstHeader"_s;
    QTest::newRow("bookmark in the body") << bookmarksTemplate << u"word/document.xml"_s << QByteArray(R"(w:name="Handläggare")")
                                          << QByteArray(R"(w:name="Logo")") << u"body"_s;
}

void TestDocxExporter::templatePlaceGetsTheLogo()
{
    QFETCH(QString, templateName);
    QFETCH(QString, part);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, role);
    const QString templatePath = variantOf(templateName, u"logo-place-template"_s + templateName.section(u'.', -1).prepend(u'.'),
                                           {{part, before, after}});
    QVERIFY(!templatePath.isEmpty());
    Statement statement = Example::statement();
    statement.logo = logoFile(u"board.png"_s, u"Nämndens logotyp"_s);
    exportAndRead(statement, u"logo-place.docx"_s, {templatePath, u"Anna Berg"_s});

    const QJsonArray ours = ourPictures(picturesOf(m_dir.filePath(u"logo-place.docx"_s)));
    QCOMPARE(ours.size(), 1);
    QCOMPARE(ours.first().toObject().value(u"role"_s).toString(), role);
    QCOMPARE(ours.first().toObject().value(u"descr"_s).toString(), u"Nämndens logotyp"_s);
}

void TestDocxExporter::libreOfficeShowsTheLogoOnTheFirstPage()
{
    Statement statement = Example::statement();
    statement.logo = logoFile(u"board.svg"_s, u"Nämndens logotyp"_s);
    const QString docx = m_dir.filePath(u"lo-logo.docx"_s);
    YTTRA_VERIFY_OK(DocxExporter::write(statement, docx));
    const QString pdf = asPdfByLibreOffice(docx);
    QVERIFY(!pdf.isEmpty());

    // One picture, on page 1; the page numbers still count.
    const test::ToolRun list = test::runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    QStringList pages;
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.value(2) == u"image")
            pages.append(columns.value(0));
    }
    QCOMPARE(pages, QStringList{u"1"_s});
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(u"1 ("_s) && text.contains(statement.board), qPrintable(text.left(300)));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestDocxExporter)
#include "tst_docxexporter.moc"
