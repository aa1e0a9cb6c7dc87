// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/savefile.h"
#include "childprocess.h"
#include "format/example.h"
#include "model/statement.h"
#include "testhelpers.h"
#include "xlsx/xlsxexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QString checker = QStringLiteral(YTTRA_TEST_DATA "/../xlsxcheck.py");
const QString installHint = u"run scripts/install-deps (it installs python3 and python3-openpyxl)"_s;
const QString cutNote = u"…\n\n[Texten är avkortad: en cell i Excel rymmer högst 32 767 tecken.]"_s;

// --- What a cell must be ---

/// The expected content of one cell: its type as openpyxl reports it ('s' string, 'n'
/// number, 'd' date, or empty) and its value.
struct Expected
{
    QString type; // "s", "n", "d" or "" for an empty cell
    QJsonValue value;
};

Expected S(const QString &text)
{
    return {u"s"_s, text};
}
Expected N(double number)
{
    return {u"n"_s, number};
}
Expected D(const QString &isoDate)
{
    return {u"d"_s, isoDate};
}
Expected E()
{
    return {QString(), QJsonValue::Null};
}

// --- Statements made for the tests ---

Item item(const QString &id, ItemKind kind, const QString &number, const QString &text, const Deadline &deadline)
{
    Item i;
    i.id = id;
    i.kind = kind;
    i.number = number;
    i.addressedTo = u"Kommunstyrelsen"_s;
    i.text = text;
    i.response.measures = u"Planerat för %1."_s.arg(id);
    i.response.expectedEffect = u"Effekt av %1."_s.arg(id);
    i.response.deadline = deadline;
    return i;
}

Measure measure(const QString &id, const QStringList &items, MeasureStatus status, const Deadline &deadline)
{
    Measure m;
    m.id = id;
    m.title = u"Åtgärd %1"_s.arg(id);
    m.items = items;
    m.owner = u"Kommunledningskontoret"_s;
    m.deadline = deadline;
    m.status = status;
    return m;
}

/// A first statement with every item kind, every deadline form and every status, items with
/// and without report numbers, a custom label, an item that is not the board's to answer,
/// markdown in every rich member, and a measure that answers several items (listed out of order).
Statement firstStatement()
{
    Statement s;
    s.kind = StatementKind::First;
    s.language = u"sv"_s;
    s.board = u"Kommunstyrelsen"_s;
    s.office = u"Kommunledningskontoret"_s;
    s.recipient = u"Kommunrevisionen"_s;
    s.date = u"2026-05-06"_s;
    s.caseNumber = u"KS-2026-0345"_s;
    s.dueDate = u"2026-05-15"_s;
    s.audit.title = u"Granskning av intern kontroll"_s;
    s.audit.reference = u"KR-2026/0012"_s;
    s.audit.auditor = u"Kommunrevisionen i Sjöviks kommun"_s;
    s.audit.reportDate = u"2026-02-10"_s;

    s.items = {
        item(u"r1"_s, ItemKind::Recommendation, u"1"_s,
             u"Vi rekommenderar kommunstyrelsen att:\n\n- se över **rutinerna**\n- tydliggöra *ansvaret*"_s,
             Deadline::date(QDate(2026, 6, 7))),
        item(u"r2"_s, ItemKind::Recommendation, u"2"_s, u"Säkerställa dokumentationen."_s, Deadline::month(2026, 9)),
        item(u"b1"_s, ItemKind::Assessment, QString(), u"Vår bedömning är att kontrollen delvis är tillräcklig."_s,
             Deadline::quarter(2026, 4)),
        item(u"q1"_s, ItemKind::Question, u"3.2"_s, u"Hur avser kommunstyrelsen att följa upp avtalen?"_s, Deadline::ongoing()),
        item(u"r4"_s, ItemKind::Recommendation, u"4"_s, u"Samordna lokalförsörjningen."_s, Deadline::year(2027)),
        item(u"r5"_s, ItemKind::Recommendation, u"5"_s, u"Följa upp avtalstroheten."_s, Deadline::tertial(2027, 1)),
        item(u"r6"_s, ItemKind::Recommendation, u"6"_s, u"Rapportera till nämnden."_s, Deadline::halfYear(2026, 2)),
        item(u"r7"_s, ItemKind::Recommendation, u"7"_s, u"Utbilda beställarna."_s, Deadline()),
    };
    s.items[1].label = u"Särskilt område"_s;
    s.items[1].response.measures = u"Första stycket.\n\nAndra stycket med [en länk](https://example.org)."_s;
    s.items[1].response.expectedEffect = u"1. ett\n2. två"_s;
    // Not this board's: the reason stands in place of the answer, whatever else is filled in.
    s.items[4].response.notOurs = u"Rekommendationen riktas till servicenämnden."_s;
    // Follow-up text left in a first statement is not shown: its columns are for follow-ups.
    s.items[0].response.actionsTaken = u"Ska inte synas."_s;
    s.items[0].response.effectAchieved = u"Ska inte heller synas."_s;

    s.measures = {
        measure(u"m1"_s, {u"r5"_s, u"r1"_s}, MeasureStatus::Planned, Deadline::year(2027)),
        measure(u"m2"_s, {u"r1"_s}, MeasureStatus::Ongoing, Deadline::ongoing()),
        measure(u"m3"_s, {u"r2"_s, u"r5"_s, u"r6"_s}, MeasureStatus::Done, Deadline::date(QDate(2026, 8, 31))),
        measure(u"m4"_s, {u"b1"_s, u"q1"_s}, MeasureStatus::Transferred, Deadline()),
        measure(u"m5"_s, {u"r4"_s}, MeasureStatus::Cancelled, Deadline::month(2026, 12)),
        measure(u"m6"_s, {u"r6"_s}, MeasureStatus::Cancelled, Deadline::quarter(2027, 1)),
        measure(u"m7"_s, {}, MeasureStatus::Planned, Deadline::halfYear(2027, 1)),
    };
    s.measures[0].caseReference = u"KS-2026-1001"_s;
    s.measures[0].comment = u"Redovisas i delårsrapporten."_s;
    s.measures[1].description = u"Ett stycke.\n\n- punkt ett\n- punkt två"_s;
    s.measures[1].owner = u"Kommunledningskontoret, HR-avdelningen"_s;
    s.measures[3].comment = u"Uppdraget har övergått till serviceförvaltningen."_s;
    s.measures[3].owner.clear();
    return s;
}

/// The first statement a year later: what was done and what it achieved.
Statement followUpStatement()
{
    Statement s = firstStatement();
    s.kind = StatementKind::FollowUp;
    s.date = u"2027-05-03"_s;
    s.dueDate = u"2027-05-31"_s;
    s.period = {u"2026-05-06"_s, u"2027-04-30"_s, {}};
    for (Item &i : s.items) {
        i.response.actionsTaken = u"- rutin antagen för %1\n- utbildning hållen"_s.arg(i.id);
        i.response.effectAchieved = u"Effekten för %1 syns i **uppföljningen**."_s.arg(i.id);
    }
    s.measures[0].status = MeasureStatus::Ongoing;
    s.measures[1].status = MeasureStatus::Done;
    return s;
}

/// One item and one measure; the smallest statement a test can change one field of.
Statement smallStatement()
{
    Statement s;
    s.board = u"Servicenämnden"_s;
    s.items = {item(u"r1"_s, ItemKind::Recommendation, u"1"_s, u"Säkerställ rutiner."_s, Deadline::year(2027))};
    s.measures = {measure(u"m1"_s, {u"r1"_s}, MeasureStatus::Planned, Deadline::year(2027))};
    return s;
}

// --- Running the checker ---

struct Check
{
    int exitCode = -1;
    QJsonObject workbook;
    QString error;
};

Check readBack(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral(YTTRA_PYTHON), {checker, path});
    Check check;
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit) {
        python.kill();
        check.error = u"the checker did not finish: "_s + python.errorString();
        return check;
    }
    check.exitCode = python.exitCode();
    check.error = QString::fromUtf8(python.readAllStandardError()).trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (check.exitCode == 0 && parseError.error != QJsonParseError::NoError)
        check.error = u"the checker's output is not JSON: "_s + parseError.errorString();
    check.workbook = document.object();
    return check;
}

QJsonObject sheetNamed(const QJsonObject &workbook, const QString &name)
{
    for (const QJsonValue &sheet : workbook.value(u"sheets"_s).toArray()) {
        if (sheet.toObject().value(u"name"_s).toString() == name)
            return sheet.toObject();
    }
    return {};
}

QJsonObject cellAt(const QJsonObject &sheet, int row, int column)
{
    return sheet.value(u"rows"_s).toArray().at(row).toArray().at(column).toObject();
}

QString columnName(int column)
{
    return QString(QChar(u'A' + column));
}

/// Empty when every cell of the row is what `expected` says; else each difference.
QStringList rowDifferences(const QJsonObject &sheet, int row, const QList<Expected> &expected)
{
    QStringList problems;
    const QString where = sheet.value(u"name"_s).toString() + u" row %1"_s.arg(row + 1);
    const QJsonArray cells = sheet.value(u"rows"_s).toArray().at(row).toArray();
    if (cells.size() != expected.size())
        problems.append(where + u": %1 cells, expected %2"_s.arg(cells.size()).arg(expected.size()));
    for (int c = 0; c < expected.size() && c < cells.size(); ++c) {
        const QJsonObject cell = cells.at(c).toObject();
        const Expected &want = expected.at(c);
        const QJsonValue value = cell.value(u"value"_s);
        const QString type = value.isNull() ? QString() : cell.value(u"type"_s).toString();
        if (type != want.type || value != want.value) {
            problems.append(where + u", column %1: got %2 %3, expected %4 %5"_s.arg(
                                columnName(c), type.isEmpty() ? u"empty"_s : type,
                                QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                                want.type.isEmpty() ? u"empty"_s : want.type,
                                QString::fromUtf8(QJsonDocument(QJsonArray{want.value}).toJson(QJsonDocument::Compact))));
        }
    }
    return problems;
}

// --- Forked children (file permissions, file size limits) ---

using test::ChildOutcome;
using test::nobody;
using test::runInChild;

QString describeExport(const Result<QStringList, FileError> &result)
{
    if (result)
        return u"written"_s;
    return u"failed %1: %2"_s.arg(static_cast<int>(result.error().kind)).arg(result.error().text());
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

/// The Excel action plan read back by openpyxl, an independent reader: its sheets, every
/// cell of crafted statements, the look and print setup, the status dropdown, the document
/// properties, formula-looking text kept as text, over-long text cut with a warning, and a
/// file that is written completely or not at all.
class TestXlsxExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sheetsInOrderWithHeaders();
    void firstStatementCells();
    void followUpCells();
    void itemStatus_data();
    void itemStatus();
    void lookAndPrintSetup();
    void statusDropdown();
    void documentProperties();
    void englishDocument();
    void formulaLikeTextStaysText_data();
    void formulaLikeTextStaysText();
    void textIsKeptAsWritten();
    void longTextIsCut();
    void replacesAnExistingFile();
    void unwritableOutput_data();
    void unwritableOutput();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void fullDisk_data();
    void fullDisk();
    void failedWriterLeavesNothing();
    void libreOfficeConvertsIt();

private:
    /// Exports and reads back; fails the test (returning an empty object) when either fails.
    QJsonObject exportAndRead(const Statement &statement, QStringList *warnings = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXlsxExporter::initTestCase()
{
    // Not a skip: without the reader this test would prove nothing, and the install script
    // provides it.
    if (!QFileInfo(QStringLiteral(YTTRA_PYTHON)).isExecutable())
        QFAIL(qPrintable(u"" YTTRA_PYTHON " is missing: "_s + installHint));
    QProcess probe;
    probe.start(QStringLiteral(YTTRA_PYTHON), {checker, u"--probe"_s});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        QFAIL(qPrintable(u"the Python module openpyxl is missing for " YTTRA_PYTHON ": "_s + installHint + u"\n"_s
                         + QString::fromUtf8(probe.readAllStandardError())));
    }
}

void TestXlsxExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestXlsxExporter::exportAndRead(const Statement &statement, QStringList *warnings)
{
    const QString path = m_dir->filePath(u"plan.xlsx"_s);
    auto written = XlsxExporter::write(statement, path);
    if (!written) {
        QTest::qFail(qPrintable(u"export failed: "_s + written.error().text()), __FILE__, __LINE__);
        return {};
    }
    if (warnings)
        *warnings = written.value();
    const Check check = readBack(path);
    if (check.exitCode != 0 || !check.error.isEmpty()) {
        QTest::qFail(qPrintable(u"openpyxl could not read the workbook (exit %1): %2"_s.arg(check.exitCode).arg(check.error)),
                     __FILE__, __LINE__);
        return {};
    }
    return check.workbook;
}

void TestXlsxExporter::sheetsInOrderWithHeaders()
{
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(u"sheetNames"_s).toArray(),
             (QJsonArray{u"Rekommendationer"_s, u"Åtgärder"_s, u"Uppgifter"_s}));
    QCOMPARE(book.value(u"activeSheet"_s).toString(), u"Rekommendationer"_s);

    const QStringList items{u"Nr"_s, u"Typ"_s, u"Riktad till"_s, u"Rekommendation / bedömning"_s, u"Planerade åtgärder"_s,
                            u"Förväntad effekt"_s, u"Senast genomförd"_s, u"Slutdatum"_s, u"Vidtagna åtgärder"_s,
                            u"Effekt i verksamheten"_s, u"Status"_s};
    const QStringList measures{u"Nr"_s, u"Åtgärd"_s, u"Avser"_s, u"Ansvarig"_s, u"Senast genomförd"_s,
                               u"Slutdatum"_s, u"Status"_s, u"Ärende"_s, u"Kommentar"_s};
    const QStringList details{u"Uppgift"_s, u"Värde"_s};
    const QList<std::pair<QString, QStringList>> headers{
        {u"Rekommendationer"_s, items}, {u"Åtgärder"_s, measures}, {u"Uppgifter"_s, details}};
    for (const auto &[name, columns] : headers) {
        const QJsonObject sheet = sheetNamed(book, name);
        QList<Expected> expected;
        for (const QString &column : columns)
            expected.append(S(column));
        const QStringList problems = rowDifferences(sheet, 0, expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    // One row per item and per measure under the header; nothing below.
    QCOMPARE(sheetNamed(book, u"Rekommendationer"_s).value(u"maxRow"_s).toInt(), 1 + 8);
    QCOMPARE(sheetNamed(book, u"Åtgärder"_s).value(u"maxRow"_s).toInt(), 1 + 7);
}

void TestXlsxExporter::firstStatementCells()
{
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    const QString planned = u"Planerat för %1."_s;
    const QString effect = u"Effekt av %1."_s;

    // Every column of every row. Slutdatum is the deadline's last day as a date; the
    // follow-up columns are empty in a first statement; Status is derived from the measures.
    const QJsonObject items = sheetNamed(book, u"Rekommendationer"_s);
    const QList<QList<Expected>> itemRows{
        {N(1), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s),
         S(u"Vi rekommenderar kommunstyrelsen att:\n\n• se över rutinerna\n• tydliggöra ansvaret"_s),
         S(planned.arg(u"r1"_s)), S(effect.arg(u"r1"_s)), S(u"2026-06-07"_s), D(u"2026-06-07"_s), E(), E(),
         S(u"Pågående"_s)},
        {N(2), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Säkerställa dokumentationen."_s),
         S(u"Första stycket.\n\nAndra stycket med en länk."_s), S(u"1. ett\n2. två"_s), S(u"september 2026"_s),
         D(u"2026-09-30"_s), E(), E(), S(u"Avslutad"_s)},
        {E(), S(u"Bedömning"_s), S(u"Kommunstyrelsen"_s), S(u"Vår bedömning är att kontrollen delvis är tillräcklig."_s),
         S(planned.arg(u"b1"_s)), S(effect.arg(u"b1"_s)), S(u"kvartal 4 2026"_s), D(u"2026-12-31"_s), E(), E(),
         S(u"Överförd"_s)},
        {S(u"3.2"_s), S(u"Fråga"_s), S(u"Kommunstyrelsen"_s), S(u"Hur avser kommunstyrelsen att följa upp avtalen?"_s),
         S(planned.arg(u"q1"_s)), S(effect.arg(u"q1"_s)), S(u"löpande"_s), E(), E(), E(), S(u"Överförd"_s)},
        {N(4), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Samordna lokalförsörjningen."_s),
         S(u"Rekommendationen riktas till servicenämnden."_s), E(), E(), E(), E(), E(), S(u"Avbruten"_s)},
        {N(5), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Följa upp avtalstroheten."_s),
         S(planned.arg(u"r5"_s)), S(effect.arg(u"r5"_s)), S(u"tertial 1 2027"_s), D(u"2027-04-30"_s), E(), E(),
         S(u"Planerad"_s)},
        {N(6), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Rapportera till nämnden."_s),
         S(planned.arg(u"r6"_s)), S(effect.arg(u"r6"_s)), S(u"andra halvåret 2026"_s), D(u"2026-12-31"_s), E(), E(),
         S(u"Avslutad"_s)},
        {N(7), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Utbilda beställarna."_s), S(planned.arg(u"r7"_s)),
         S(effect.arg(u"r7"_s)), E(), E(), E(), E(), E()},
    };
    QStringList problems;
    for (int i = 0; i < itemRows.size(); ++i)
        problems += rowDifferences(items, i + 1, itemRows.at(i));

    // Avser names items as the report numbers them, or by their heading when unnumbered,
    // in the statement's order whatever the order of the measure's links.
    const QJsonObject measures = sheetNamed(book, u"Åtgärder"_s);
    const QString owner = u"Kommunledningskontoret"_s;
    const QList<QList<Expected>> measureRows{
        {N(1), S(u"Åtgärd m1"_s), S(u"Rekommendation 1, Rekommendation 5"_s), S(owner), S(u"i slutet av 2027"_s),
         D(u"2027-12-31"_s), S(u"Planerad"_s), S(u"KS-2026-1001"_s), S(u"Redovisas i delårsrapporten."_s)},
        {N(2), S(u"Åtgärd m2\n\nEtt stycke.\n\n• punkt ett\n• punkt två"_s), S(u"Rekommendation 1"_s),
         S(u"Kommunledningskontoret, HR-avdelningen"_s), S(u"löpande"_s), E(), S(u"Pågående"_s), E(), E()},
        {N(3), S(u"Åtgärd m3"_s), S(u"Rekommendation 2, Rekommendation 5, Rekommendation 6"_s), S(owner),
         S(u"2026-08-31"_s), D(u"2026-08-31"_s), S(u"Avslutad"_s), E(), E()},
        {N(4), S(u"Åtgärd m4"_s), S(u"Åtgärdsområde 3, Fråga 3.2"_s), E(), E(), E(), S(u"Överförd"_s), E(),
         S(u"Uppdraget har övergått till serviceförvaltningen."_s)},
        {N(5), S(u"Åtgärd m5"_s), S(u"Rekommendation 4"_s), S(owner), S(u"december 2026"_s), D(u"2026-12-31"_s),
         S(u"Avbruten"_s), E(), E()},
        {N(6), S(u"Åtgärd m6"_s), S(u"Rekommendation 6"_s), S(owner), S(u"kvartal 1 2027"_s), D(u"2027-03-31"_s),
         S(u"Avbruten"_s), E(), E()},
        {N(7), S(u"Åtgärd m7"_s), E(), S(owner), S(u"första halvåret 2027"_s), D(u"2027-06-30"_s), S(u"Planerad"_s),
         E(), E()},
    };
    for (int i = 0; i < measureRows.size(); ++i)
        problems += rowDifferences(measures, i + 1, measureRows.at(i));

    // Dates are real dates in ISO form; counts are numbers.
    const QJsonObject details = sheetNamed(book, u"Uppgifter"_s);
    const QList<QList<Expected>> detailRows{
        {S(u"Granskning"_s), S(u"Granskning av intern kontroll"_s)},
        {S(u"Referens"_s), S(u"KR-2026/0012"_s)},
        {S(u"Revisor"_s), S(u"Kommunrevisionen i Sjöviks kommun"_s)},
        {S(u"Rapportdatum"_s), D(u"2026-02-10"_s)},
        {S(u"Nämnd"_s), S(u"Kommunstyrelsen"_s)},
        {S(u"Förvaltning"_s), S(u"Kommunledningskontoret"_s)},
        {S(u"Typ av yttrande"_s), S(u"Första yttrande"_s)},
        {S(u"Datum"_s), D(u"2026-05-06"_s)},
        {S(u"Diarienummer"_s), S(u"KS-2026-0345"_s)},
        {S(u"Ska vara inkommen senast"_s), D(u"2026-05-15"_s)},
        {S(u"Antal rekommendationer"_s), N(8)},
        {S(u"Antal åtgärder"_s), N(7)},
        {S(u"Antal planerade åtgärder"_s), N(2)},
        {S(u"Antal pågående åtgärder"_s), N(1)},
        {S(u"Antal avslutade åtgärder"_s), N(1)},
        {S(u"Antal överförda åtgärder"_s), N(1)},
        {S(u"Antal avbrutna åtgärder"_s), N(2)},
    };
    for (int i = 0; i < detailRows.size(); ++i)
        problems += rowDifferences(details, i + 1, detailRows.at(i));
    QCOMPARE(details.value(u"maxRow"_s).toInt(), 1 + detailRows.size());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Every date cell shows as YYYY-MM-DD.
    for (const QJsonValue &sheet : book.value(u"sheets"_s).toArray()) {
        for (const QJsonValue &row : sheet.toObject().value(u"rows"_s).toArray()) {
            for (const QJsonValue &cell : row.toArray()) {
                if (cell.toObject().value(u"type"_s).toString() == u"d")
                    QCOMPARE(cell.toObject().value(u"format"_s).toString(), u"yyyy-mm-dd"_s);
            }
        }
    }
}

void TestXlsxExporter::followUpCells()
{
    const QJsonObject book = exportAndRead(followUpStatement());
    QVERIFY(!book.isEmpty());
    const QJsonObject items = sheetNamed(book, u"Rekommendationer"_s);
    QCOMPARE(items.value(u"maxRow"_s).toInt(), 1 + 8);
    QStringList problems;
    problems += rowDifferences(
        items, 1,
        {N(1), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s),
         S(u"Vi rekommenderar kommunstyrelsen att:\n\n• se över rutinerna\n• tydliggöra ansvaret"_s),
         S(u"Planerat för r1."_s), S(u"Effekt av r1."_s), S(u"2026-06-07"_s), D(u"2026-06-07"_s),
         S(u"• rutin antagen för r1\n• utbildning hållen"_s), S(u"Effekten för r1 syns i uppföljningen."_s),
         S(u"Pågående"_s)});
    // m1 is now ongoing: r1 (m1 ongoing, m2 done) and r5 (m1 ongoing, m3 done) are under way.
    problems += rowDifferences(items, 6,
                               {N(5), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Följa upp avtalstroheten."_s),
                                S(u"Planerat för r5."_s), S(u"Effekt av r5."_s), S(u"tertial 1 2027"_s),
                                D(u"2027-04-30"_s), S(u"• rutin antagen för r5\n• utbildning hållen"_s),
                                S(u"Effekten för r5 syns i uppföljningen."_s), S(u"Pågående"_s)});
    // Not the board's: no answer columns, follow-up ones included.
    problems += rowDifferences(items, 5,
                               {N(4), S(u"Rekommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Samordna lokalförsörjningen."_s),
                                S(u"Rekommendationen riktas till servicenämnden."_s), E(), E(), E(), E(), E(),
                                S(u"Avbruten"_s)});

    const QJsonObject measures = sheetNamed(book, u"Åtgärder"_s);
    problems += rowDifferences(measures, 1,
                               {N(1), S(u"Åtgärd m1"_s), S(u"Rekommendation 1, Rekommendation 5"_s),
                                S(u"Kommunledningskontoret"_s), S(u"i slutet av 2027"_s), D(u"2027-12-31"_s),
                                S(u"Pågående"_s), S(u"KS-2026-1001"_s), S(u"Redovisas i delårsrapporten."_s)});

    const QJsonObject details = sheetNamed(book, u"Uppgifter"_s);
    problems += rowDifferences(details, 7, {S(u"Typ av yttrande"_s), S(u"Uppföljande yttrande"_s)});
    problems += rowDifferences(details, 8, {S(u"Datum"_s), D(u"2027-05-03"_s)});
    problems += rowDifferences(details, 10, {S(u"Ska vara inkommen senast"_s), D(u"2027-05-31"_s)});
    problems += rowDifferences(details, 11, {S(u"Period"_s), S(u"2026-05-06 – 2027-04-30"_s)});
    problems += rowDifferences(details, 12, {S(u"Antal rekommendationer"_s), N(8)});
    problems += rowDifferences(details, 14, {S(u"Antal planerade åtgärder"_s), N(1)});
    problems += rowDifferences(details, 15, {S(u"Antal pågående åtgärder"_s), N(1)});
    problems += rowDifferences(details, 16, {S(u"Antal avslutade åtgärder"_s), N(2)});
    QCOMPARE(details.value(u"maxRow"_s).toInt(), 19);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The follow-up columns have room to read in a follow-up, and are narrow in a first statement.
    const QJsonObject firstItems = sheetNamed(exportAndRead(firstStatement()), u"Rekommendationer"_s);
    for (const QString &column : {u"I"_s, u"J"_s}) {
        QVERIFY(items.value(u"columnWidths"_s).toObject().value(column).toDouble() >= 30);
        QVERIFY(firstItems.value(u"columnWidths"_s).toObject().value(column).toDouble() < 20);
    }
}

void TestXlsxExporter::itemStatus_data()
{
    using S = MeasureStatus;
    QTest::addColumn<QList<MeasureStatus>>("linked");
    QTest::addColumn<int>("expected"); // -1: no status

    QTest::newRow("none linked") << QList<S>{} << -1;
    QTest::newRow("all done") << QList<S>{S::Done, S::Done} << int(S::Done);
    QTest::newRow("one ongoing") << QList<S>{S::Planned, S::Ongoing, S::Done} << int(S::Ongoing);
    QTest::newRow("planned only") << QList<S>{S::Planned} << int(S::Planned);
    QTest::newRow("done and planned") << QList<S>{S::Done, S::Planned} << int(S::Planned);
    QTest::newRow("done, and one cancelled") << QList<S>{S::Done, S::Cancelled} << int(S::Done);
    QTest::newRow("done, and one transferred") << QList<S>{S::Transferred, S::Done} << int(S::Done);
    QTest::newRow("ongoing, and one transferred") << QList<S>{S::Transferred, S::Ongoing} << int(S::Ongoing);
    QTest::newRow("transferred only") << QList<S>{S::Transferred} << int(S::Transferred);
    QTest::newRow("cancelled only") << QList<S>{S::Cancelled, S::Cancelled} << int(S::Cancelled);
    QTest::newRow("transferred and cancelled") << QList<S>{S::Cancelled, S::Transferred} << int(S::Transferred);
}

void TestXlsxExporter::itemStatus()
{
    QFETCH(QList<MeasureStatus>, linked);
    QFETCH(int, expected);
    const auto status = XlsxExporter::itemStatus(linked);
    QCOMPARE(status.has_value(), expected >= 0);
    if (status)
        QCOMPARE(int(*status), expected);
}

void TestXlsxExporter::lookAndPrintSetup()
{
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    const QList<std::pair<QString, QString>> ranges{
        {u"Rekommendationer"_s, u"A1:K9"_s}, {u"Åtgärder"_s, u"A1:I8"_s}, {u"Uppgifter"_s, u"A1:B18"_s}};
    for (const auto &[name, range] : ranges) {
        const QJsonObject sheet = sheetNamed(book, name);
        QVERIFY2(!sheet.isEmpty(), qPrintable(name));
        const QString where = name + u": "_s;
        // The header row: bold, wrapped, filled, and frozen; the autofilter covers every row.
        for (int c = 0; c < sheet.value(u"maxColumn"_s).toInt(); ++c) {
            const QJsonObject header = cellAt(sheet, 0, c);
            QVERIFY2(header.value(u"bold"_s).toBool(), qPrintable(where + columnName(c) + u"1 is not bold"_s));
            QVERIFY2(header.value(u"wrap"_s).toBool(), qPrintable(where + columnName(c) + u"1 does not wrap"_s));
            QVERIFY2(!header.value(u"fill"_s).toString().isEmpty(), qPrintable(where + columnName(c) + u"1 has no fill"_s));
            // Columns sized for reading, not Excel's 8.43 default.
            const double width = sheet.value(u"columnWidths"_s).toObject().value(columnName(c)).toDouble();
            QVERIFY2(width >= 6 && width <= 70, qPrintable(where + u"column %1 is %2 wide"_s.arg(columnName(c)).arg(width)));
        }
        QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s);
        QCOMPARE(sheet.value(u"autofilter"_s).toString(), range);
        // Landscape A4, one page wide and as many long as it takes, header row on every page.
        QCOMPARE(sheet.value(u"orientation"_s).toString(), u"landscape"_s);
        QCOMPARE(sheet.value(u"paperSize"_s).toInt(), 9);
        QVERIFY(sheet.value(u"fitToPage"_s).toBool());
        QCOMPARE(sheet.value(u"fitToWidth"_s).toInt(), 1);
        QCOMPARE(sheet.value(u"fitToHeight"_s).toInt(), 0);
        QCOMPARE(sheet.value(u"printTitleRows"_s).toString(), u"$1:$1"_s);
        // The sheet's name and the page in the footer.
        const QJsonObject footer = sheet.value(u"footer"_s).toObject();
        QCOMPARE(footer.value(u"left"_s).toString(), u"&A"_s);
        QCOMPARE(footer.value(u"right"_s).toString(), u"&P(&N)"_s);
        QCOMPARE(sheet.value(u"formulas"_s).toInt(), 0);
    }
    // Long text wraps and starts at the top of its cell.
    const QJsonObject text = cellAt(sheetNamed(book, u"Rekommendationer"_s), 1, 3);
    QVERIFY(text.value(u"wrap"_s).toBool());
    QCOMPARE(text.value(u"vertical"_s).toString(), u"top"_s);
    const QJsonObject date = cellAt(sheetNamed(book, u"Rekommendationer"_s), 1, 7);
    QCOMPARE(date.value(u"format"_s).toString(), u"yyyy-mm-dd"_s);
    // The reading columns are wide, the short ones narrow.
    const QJsonObject widths = sheetNamed(book, u"Rekommendationer"_s).value(u"columnWidths"_s).toObject();
    QVERIFY(widths.value(u"D"_s).toDouble() >= 40);
    QVERIFY(widths.value(u"A"_s).toDouble() <= 10);
}

void TestXlsxExporter::statusDropdown()
{
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    const QJsonArray validations = sheetNamed(book, u"Åtgärder"_s).value(u"validations"_s).toArray();
    QCOMPARE(validations.size(), 1);
    const QJsonObject v = validations.first().toObject();
    QCOMPARE(v.value(u"type"_s).toString(), u"list"_s);
    QCOMPARE(v.value(u"formula1"_s).toString(), u"\"Planerad,Pågående,Avslutad,Överförd,Avbruten\""_s);
    // The status column (G) of every measure row.
    QCOMPARE(v.value(u"sqref"_s).toString(), u"G2:G8"_s);
    QVERIFY(!v.value(u"hidesDropDown"_s).toBool());
    QVERIFY(v.value(u"showErrorMessage"_s).toBool());
    // The other sheets have none: their status is derived, not chosen.
    QVERIFY(sheetNamed(book, u"Rekommendationer"_s).value(u"validations"_s).toArray().isEmpty());

    // Without measures the dropdown is still there for the first row someone adds.
    Statement empty = smallStatement();
    empty.measures.clear();
    const QJsonObject none = exportAndRead(empty);
    const QJsonArray noneValidations = sheetNamed(none, u"Åtgärder"_s).value(u"validations"_s).toArray();
    QCOMPARE(noneValidations.size(), 1);
    QCOMPARE(noneValidations.first().toObject().value(u"sqref"_s).toString(), u"G2"_s);
    QCOMPARE(sheetNamed(none, u"Åtgärder"_s).value(u"autofilter"_s).toString(), u"A1:I1"_s);
}

void TestXlsxExporter::documentProperties()
{
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    const QJsonObject p = book.value(u"properties"_s).toObject();
    QCOMPARE(p.value(u"title"_s).toString(), u"Yttrande - Granskning av intern kontroll KR-2026/0012"_s);
    QCOMPARE(p.value(u"creator"_s).toString(), u"Kommunstyrelsen"_s); // OOXML's author
    QCOMPARE(p.value(u"subject"_s).toString(), u"Rapport från kommunrevisionen - Granskning av intern kontroll KR-2026/0012"_s);
    QCOMPARE(p.value(u"keywords"_s).toString(), u"KR-2026/0012, KS-2026-0345"_s);
    QCOMPARE(p.value(u"company"_s).toString(), u"Kommunledningskontoret"_s);
    QCOMPARE(p.value(u"category"_s).toString(), u"Första yttrande"_s);
    QCOMPARE(p.value(u"custom"_s).toObject().value(u"Creator"_s).toString(), u"Yttra " YTTRA_VERSION ""_s);

    // Without an audit title and reference the title is the document type alone.
    Statement bare = smallStatement();
    const QJsonObject bareProperties = exportAndRead(bare).value(u"properties"_s).toObject();
    QCOMPARE(bareProperties.value(u"title"_s).toString(), u"Yttrande"_s);
    QCOMPARE(bareProperties.value(u"creator"_s).toString(), u"Servicenämnden"_s);
}

void TestXlsxExporter::englishDocument()
{
    Statement s = firstStatement();
    s.language = u"en"_s;
    const QJsonObject book = exportAndRead(s);
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(u"sheetNames"_s).toArray(), (QJsonArray{u"Recommendations"_s, u"Measures"_s, u"Details"_s}));
    QStringList problems = rowDifferences(
        sheetNamed(book, u"Recommendations"_s), 0,
        {S(u"No."_s), S(u"Type"_s), S(u"Addressed to"_s), S(u"Recommendation / assessment"_s), S(u"Planned measures"_s),
         S(u"Expected effect"_s), S(u"Done by"_s), S(u"End date"_s), S(u"Measures taken"_s),
         S(u"Effect in the organisation"_s), S(u"Status"_s)});
    problems += rowDifferences(sheetNamed(book, u"Recommendations"_s), 2,
                               {N(2), S(u"Recommendation"_s), S(u"Kommunstyrelsen"_s), S(u"Säkerställa dokumentationen."_s),
                                S(u"Första stycket.\n\nAndra stycket med en länk."_s), S(u"1. ett\n2. två"_s),
                                S(u"September 2026"_s), D(u"2026-09-30"_s), E(), E(), S(u"Done"_s)});
    problems += rowDifferences(sheetNamed(book, u"Measures"_s), 4,
                               {N(4), S(u"Åtgärd m4"_s), S(u"Response area 3, Question 3.2"_s), E(), E(), E(),
                                S(u"Transferred"_s), E(), S(u"Uppdraget har övergått till serviceförvaltningen."_s)});
    problems += rowDifferences(sheetNamed(book, u"Details"_s), 7, {S(u"Kind of statement"_s), S(u"First statement"_s)});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(sheetNamed(book, u"Measures"_s).value(u"validations"_s).toArray().first().toObject().value(u"formula1"_s).toString(),
             u"\"Planned,Ongoing,Done,Transferred,Cancelled\""_s);
    QCOMPARE(book.value(u"properties"_s).toObject().value(u"title"_s).toString(),
             u"Statement - Granskning av intern kontroll KR-2026/0012"_s);
}

void TestXlsxExporter::formulaLikeTextStaysText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("=") << u"=1+2"_s;
    QTest::newRow("= with a function") << u"=HYPERLINK(\"https://example.org\",\"klicka\")"_s;
    QTest::newRow("= DDE") << u"=cmd|' /C calc'!A0"_s;
    QTest::newRow("+") << u"+46 40 34 10 00"_s;
    QTest::newRow("-") << u"-5"_s;
    QTest::newRow("- with a formula") << u"-2+3"_s;
    QTest::newRow("@") << u"@SUMMA(A1:A3)"_s;
    QTest::newRow("a number") << u"2026"_s;
    QTest::newRow("a date") << u"2026-05-06"_s;
    QTest::newRow("TRUE") << u"TRUE"_s;
}

void TestXlsxExporter::formulaLikeTextStaysText()
{
    QFETCH(QString, text);
    Statement s = smallStatement();
    s.audit.title = text;
    s.caseNumber = text;
    s.items[0].text = text;
    s.items[0].addressedTo = text;
    s.items[0].number = text;
    s.measures[0].title = text;
    s.measures[0].owner = text;
    s.measures[0].caseReference = text;
    s.measures[0].comment = text;

    const QJsonObject book = exportAndRead(s);
    QVERIFY(!book.isEmpty());
    const QList<std::tuple<QString, int, int>> cells{
        {u"Rekommendationer"_s, 1, 2}, {u"Rekommendationer"_s, 1, 3}, {u"Åtgärder"_s, 1, 1}, {u"Åtgärder"_s, 1, 3},
        {u"Åtgärder"_s, 1, 7},         {u"Åtgärder"_s, 1, 8},         {u"Uppgifter"_s, 1, 1}, {u"Uppgifter"_s, 9, 1}};
    for (const auto &[name, row, column] : cells) {
        const QJsonObject cell = cellAt(sheetNamed(book, name), row, column);
        const QString where = u"%1!%2%3: "_s.arg(name, columnName(column)).arg(row + 1);
        QVERIFY2(cell.value(u"type"_s).toString() == u"s",
                 qPrintable(where + u"type "_s + cell.value(u"type"_s).toString()));
        QCOMPARE(cell.value(u"value"_s).toString(), text);
    }
    for (const QJsonValue &sheet : book.value(u"sheets"_s).toArray())
        QCOMPARE(sheet.toObject().value(u"formulas"_s).toInt(), 0);
}

void TestXlsxExporter::textIsKeptAsWritten()
{
    Statement s = smallStatement();
    // Excel reads "_xHHHH_" in a stored string as an escape; the text must still show as typed.
    s.measures[0].title = u"Kod _x0041_ och _x005F_x0042_ och _xZZZZ_"_s;
    // Windows line ends become plain ones; control characters XML cannot hold are left out.
    s.measures[0].comment = u"rad ett\r\nrad två\rrad tre\u0001\u0007\ttabb"_s;
    s.measures[0].owner = u"Å ä ö – ”citat” 😀"_s;
    const QJsonObject book = exportAndRead(s);
    QVERIFY(!book.isEmpty());
    const QJsonObject measures = sheetNamed(book, u"Åtgärder"_s);
    QCOMPARE(cellAt(measures, 1, 1).value(u"value"_s).toString(), u"Kod _x0041_ och _x005F_x0042_ och _xZZZZ_"_s);
    QCOMPARE(cellAt(measures, 1, 8).value(u"value"_s).toString(), u"rad ett\nrad två\nrad tre\ttabb"_s);
    QCOMPARE(cellAt(measures, 1, 3).value(u"value"_s).toString(), u"Å ä ö – ”citat” 😀"_s);
}

void TestXlsxExporter::longTextIsCut()
{
    Statement s = smallStatement();
    s.items[0].text = QString(40000, u'å');
    // Exactly at the limit: kept whole, no warning.
    s.items[0].response.expectedEffect = QString(32767, u'e');
    // Characters outside the BMP count twice in Excel's limit and must not be split.
    QString faces;
    for (int i = 0; i < 20000; ++i)
        faces += u"😀"_s;
    s.measures[0].comment = faces;

    QStringList warnings;
    const QJsonObject book = exportAndRead(s, &warnings);
    QVERIFY(!book.isEmpty());

    const QJsonObject text = cellAt(sheetNamed(book, u"Rekommendationer"_s), 1, 3);
    QCOMPARE(text.value(u"type"_s).toString(), u"s"_s);
    const QString cut = text.value(u"value"_s).toString();
    QVERIFY2(cut.endsWith(cutNote), qPrintable(cut.right(100)));
    QCOMPARE(cut.size(), 32767);
    QCOMPARE(cut.left(cut.size() - cutNote.size()), QString(32767 - cutNote.size(), u'å'));

    const QJsonObject whole = cellAt(sheetNamed(book, u"Rekommendationer"_s), 1, 5);
    QCOMPARE(whole.value(u"value"_s).toString(), QString(32767, u'e'));

    const QJsonObject comment = cellAt(sheetNamed(book, u"Åtgärder"_s), 1, 8);
    const QString cutFaces = comment.value(u"value"_s).toString();
    QVERIFY(cutFaces.endsWith(cutNote));
    QVERIFY(comment.value(u"utf16"_s).toInt() <= 32767);
    QVERIFY(comment.value(u"utf16"_s).toInt() >= 32766);
    const QString head = cutFaces.left(cutFaces.size() - cutNote.size());
    QCOMPARE(head.size() % 2, 0);
    QCOMPARE(head, faces.left(head.size()));

    // One warning per cut cell, naming sheet, row and column.
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).startsWith(u"Rekommendationer, row 2, column D (Rekommendation / bedömning): "_s),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(0).contains(u"40000"_s) && warnings.at(0).contains(u"32767"_s), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).startsWith(u"Åtgärder, row 2, column I (Kommentar): "_s), qPrintable(warnings.at(1)));

    // Nothing to cut, nothing to say.
    QStringList none{u"not cleared"_s};
    exportAndRead(firstStatement(), &none);
    QVERIFY(none.isEmpty());
}

void TestXlsxExporter::replacesAnExistingFile()
{
    const QString path = m_dir->filePath(u"plan.xlsx"_s);
    QVERIFY(writeFile(path, "an old file, not a workbook"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const QJsonObject book = exportAndRead(firstStatement());
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(u"sheetNames"_s).toArray().size(), 3);
    // Replaced, not joined by a temporary file; its permissions kept.
    QCOMPARE(entries(m_dir->path()), QStringList{u"plan.xlsx"_s});
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                         | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

    // Through a link, the file it points to is replaced and the link stays a link.
    const QString link = m_dir->filePath(u"link.xlsx"_s);
    QVERIFY(QFile::link(u"plan.xlsx"_s, link));
    YTTRA_VERIFY_OK(XlsxExporter::write(smallStatement(), link));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(entries(m_dir->path()), (QStringList{u"link.xlsx"_s, u"plan.xlsx"_s}));
    const Check check = readBack(path);
    QVERIFY2(check.exitCode == 0, qPrintable(check.error));
    QCOMPARE(sheetNamed(check.workbook, u"Uppgifter"_s).value(u"rows"_s).toArray().at(5).toArray().at(1).toObject().value(u"value"_s).toString(),
             u"Servicenämnden"_s);
}

void TestXlsxExporter::unwritableOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");

    QTest::newRow("folder missing") << u"nowhere/plan.xlsx"_s << u"does not exist"_s;
    QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("through a file") << u"file.txt/plan.xlsx"_s << u"does not exist"_s;
}

void TestXlsxExporter::unwritableOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, message);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    QVERIFY(writeFile(m_dir->filePath(u"file.txt"_s), "text"));
    const QStringList before = entries(m_dir->path());

    const QString path = m_dir->filePath(output);
    auto written = XlsxExporter::write(firstStatement(), path);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, FileError::Kind::CannotWrite);
    QCOMPARE(written.error().file, path);
    QVERIFY2(written.error().message.contains(message), qPrintable(written.error().text()));
    QCOMPARE(entries(m_dir->path()), before);
    QVERIFY(entries(m_dir->filePath(u"folder"_s)).isEmpty());
}

void TestXlsxExporter::readOnlyFolder_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("over an existing file") << true;
    QTest::newRow("a new file") << false;
}

void TestXlsxExporter::readOnlyFolder()
{
    QFETCH(bool, existing);
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
    // The user nobody must reach the folder; it is the folder itself that is read-only.
    QVERIFY(QFile::setPermissions(m_dir->path(), readAndEnter | QFileDevice::WriteOwner));
    QVERIFY(QDir(m_dir->path()).mkdir(u"readonly"_s));
    const QString folder = m_dir->filePath(u"readonly"_s);
    const QString path = folder + u"/plan.xlsx"_s;
    const QByteArray old = "the previous workbook";
    if (existing) {
        QVERIFY(writeFile(path, old));
        // The file itself may be written: only the folder stops the export.
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther));
    }
    QVERIFY(QFile::setPermissions(folder, readAndEnter));
    const QStringList before = entries(folder);

    const Statement statement = firstStatement();
    const ChildOutcome outcome = runInChild(
        [&]() {
            if (!QFileInfo(folder).isReadable())
                return u"setup: cannot reach the folder"_s;
            return describeExport(XlsxExporter::write(statement, path));
        },
        true);
    QVERIFY(QFile::setPermissions(folder, readAndEnter | QFileDevice::WriteOwner)); // so it can be removed

    QVERIFY(outcome.exited);
    if (outcome.report.startsWith(u"setup:"_s))
        QSKIP(qPrintable(outcome.report + u" (is the temporary folder reachable for the user nobody?)"_s));
    QCOMPARE(entries(folder), before);
    if (existing)
        QCOMPARE(test::readFile(path), old);
    const QString prefix = u"failed %1: %2: cannot be written: "_s.arg(int(FileError::Kind::CannotWrite)).arg(path);
    QVERIFY2(outcome.report.startsWith(prefix), qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"ermission"_s), qPrintable(outcome.report));
}

void TestXlsxExporter::fullDisk_data()
{
    QTest::addColumn<bool>("compressible");
    QTest::addColumn<QString>("reason"); // in the error message

    // Text that does not compress makes the workbook itself larger than the limit: writing
    // the archive fails, and libxlsxwriter says so.
    QTest::newRow("the workbook") << false << u"could not be written: "_s;
    // Text that compresses well gives a small workbook from large parts: only libxlsxwriter's
    // temporary files (in TMPDIR) hit the limit. libxlsxwriter does not notice that; the
    // archive check must, or a damaged workbook would replace the old one.
    QTest::newRow("the temporary files") << true << u"could not be written: the workbook came out damaged: "_s;
}

void TestXlsxExporter::fullDisk()
{
    QFETCH(bool, compressible);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(u"plan.xlsx"_s);
    const QByteArray old = "the previous workbook";
    QVERIFY(writeFile(path, old));

    Statement large = smallStatement();
    QString text;
    quint32 state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1103515245u + 12345u;
        text += compressible ? QChar(u'a' + i % 7) : QChar(u'a' + (state >> 16) % 26);
    }
    for (int i = 0; i < 10; ++i) {
        Measure m = large.measures.first();
        m.id = u"m%1"_s.arg(i + 2);
        m.comment = text.mid(i * 20000, 20000);
        large.measures.append(m);
    }

    // A file size limit fails writes as a full disk does, without a disk to fill; it is set
    // in a child, where it cannot hurt the test run.
    constexpr rlim_t limit = 64 * 1024;
    const ChildOutcome outcome = runInChild(
        [&]() {
            ::signal(SIGXFSZ, SIG_IGN); // report the error to the writer instead of killing it
            const rlimit small{limit, limit};
            if (::setrlimit(RLIMIT_FSIZE, &small) != 0)
                return u"setup: setrlimit failed"_s;
            return describeExport(XlsxExporter::write(large, path));
        },
        false);
    QVERIFY(outcome.exited);
    QVERIFY2(outcome.report.startsWith(u"failed %1: %2: "_s.arg(int(FileError::Kind::CannotWrite)).arg(path) + reason),
             qPrintable(outcome.report));
    QVERIFY2(outcome.report.endsWith(u"; the previous file is unchanged"_s), qPrintable(outcome.report));
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList{u"plan.xlsx"_s});

    // Without the limit the same statement is written, and small when it compresses.
    YTTRA_VERIFY_OK(XlsxExporter::write(large, path));
    if (compressible)
        QVERIFY(QFileInfo(path).size() < qint64(limit));
    else
        QVERIFY(QFileInfo(path).size() > qint64(limit));
}

void TestXlsxExporter::failedWriterLeavesNothing()
{
    const QString path = m_dir->filePath(u"out.bin"_s);
    // A writer that writes half a file and then fails: the half file goes, no file appears.
    auto halfThenFail = [](const QString &temporaryPath) {
        QFile file(temporaryPath);
        if (file.open(QIODevice::WriteOnly))
            file.write("half");
        return Result<void, QString>::failure(u"the library gave up"_s);
    };
    auto failed = SaveFile::writeWith(path, halfThenFail);
    QVERIFY(!failed);
    QCOMPARE(failed.error().text(), path + u": could not be written: the library gave up"_s);
    QVERIFY(entries(m_dir->path()).isEmpty());

    // Over an existing file: it stays as it was.
    QVERIFY(writeFile(path, "old"));
    failed = SaveFile::writeWith(path, halfThenFail);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.endsWith(u"the previous file is unchanged"_s));
    QCOMPARE(test::readFile(path), QByteArray("old"));
    QCOMPARE(entries(m_dir->path()), QStringList{u"out.bin"_s});

    // A writer that succeeds replaces it; it was handed a new, empty file beside the target.
    QString handed;
    YTTRA_VERIFY_OK(SaveFile::writeWith(path, [&](const QString &temporaryPath) {
        handed = temporaryPath;
        QFile file(temporaryPath);
        if (file.size() != 0 || !file.open(QIODevice::WriteOnly) || file.write("new") != 3)
            return Result<void, QString>::failure(u"unexpected temporary file"_s);
        return Result<void, QString>();
    }));
    QCOMPARE(QFileInfo(handed).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(test::readFile(path), QByteArray("new"));
    QCOMPARE(entries(m_dir->path()), QStringList{u"out.bin"_s});
}

void TestXlsxExporter::libreOfficeConvertsIt()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    // soffice also comes with Writer alone; spreadsheets need Calc (its library libsclo).
    if (!QFileInfo::exists(QFileInfo(QFileInfo(soffice).canonicalFilePath()).dir().filePath(u"libsclo.so"_s)))
        QSKIP("LibreOffice Calc is not installed (soffice is there without it)");
    const QString path = m_dir->filePath(u"plan.xlsx"_s);
    YTTRA_VERIFY_OK(XlsxExporter::write(followUpStatement(), path));
    const QString outDir = m_dir->filePath(u"csv"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"csv"_s));
    QProcess process;
    // A profile of its own, so a running LibreOffice or a first-start dialog cannot interfere.
    process.start(soffice, {u"-env:UserInstallation=file://"_s + m_dir->filePath(u"profile"_s), u"--headless"_s,
                            u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76"_s, u"--outdir"_s, outDir, path});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    const QByteArray csv = test::readFile(outDir + u"/plan.csv"_s);
    QVERIFY2(!csv.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())));
    const QString text = QString::fromUtf8(csv);
    QVERIFY2(text.startsWith(u"Nr,Typ,Riktad till,"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"Rekommendationen riktas till servicenämnden."_s));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestXlsxExporter)
#include "tst_xlsxexporter.moc"
