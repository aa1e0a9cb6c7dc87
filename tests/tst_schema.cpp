// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "format/jsonformat.h"
#include "model/followup.h"
#include "model/statement.h"
#include "testhelpers.h"
#include "validation/validator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Checks the document on stdin against the schema named by argv[1] with the Draft 2020-12
// validator. Exit 0: valid; 1: invalid, one "pointer: message" per line on stdout;
// 2: the check itself failed (bad JSON, bad schema); 3: jsonschema is not installed.
const QString checker = uR"py(
import json, sys
try:
    import jsonschema
    Validator = jsonschema.Draft202012Validator
except (ImportError, AttributeError) as e:
    sys.stderr.write("jsonschema with Draft 2020-12 support is missing: %s\n" % e)
    sys.exit(3)
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Validator.check_schema(schema)
    document = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    problems = sorted(Validator(schema).iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
except Exception as e:
    sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
    sys.exit(2)
for e in problems:
    print("/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message)
sys.exit(1 if problems else 0)
)py"_s;

const QString installHint = u"run scripts/install-deps (it installs python3 and python3-jsonschema)"_s;

struct SchemaCheck
{
    int exitCode = -1;
    QString problems; // the validator's own words
};

SchemaCheck checkAgainstSchema(const QByteArray &document)
{
    QProcess python;
    python.start(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, checker, QStringLiteral(YTTRA_SCHEMA)});
    SchemaCheck result;
    if (!python.waitForStarted(10000)) {
        result.problems = u"cannot start " YTTRA_PYTHON ": "_s + python.errorString();
        return result;
    }
    python.write(document);
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit) {
        python.kill();
        result.problems = u"the schema check did not finish"_s;
        return result;
    }
    result.exitCode = python.exitCode();
    result.problems = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
    return result;
}

/// A statement that sets every member the format has, with every item kind, measure
/// status and deadline form, and a review with comments, replies and history.
Statement everyMember()
{
    Statement s;
    s.kind = StatementKind::First;
    s.language = u"sv"_s;
    s.board = u"Kommunstyrelsen"_s;
    s.office = u"Kommunledningskontoret"_s;
    s.recipient = u"Kommunrevisionen"_s;
    s.date = u"2026-05-06"_s;
    s.caseNumber = u"KS-2026-0345"_s;
    s.address = u"Rådhustorget 1"_s;
    // The schema looks at the member, not at the image: any bytes will do.
    s.logo = {u"image/svg+xml"_s, QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 1'/>"),
              u"Sjöviks kommun"_s};
    s.dueDate = u"2026-05-15"_s;
    s.submitTo = u"kommunrevisionen@sjovik.example"_s;
    s.period = {u"2026-05-06"_s, u"2027-12-31"_s, {}};
    s.audit.title = u"Granskning av intern kontroll"_s;
    s.audit.reference = u"KR-2026/0012"_s;
    s.audit.auditor = u"Kommunrevisionen i Sjöviks kommun"_s;
    s.audit.reportDate = u"2026-02-10"_s;
    s.audit.decisionDate = u"2026-03-04"_s;
    s.audit.addressees = {u"Kommunstyrelsen"_s, u"Samhällsbyggnadsnämnden"_s};
    s.audit.conclusion = u"Vår samlade bedömning är att **kommunstyrelsen** inte helt har säkerställt…\n\n- punkt ett\n- punkt två"_s;
    s.summary = u"Kommunstyrelsen delar revisorernas bedömning.\n\n1. Först\n2. Sedan"_s;
    s.readingGuide = u"Yttrandet följer *rapportens* ordning. Se [rapporten](https://example.org/rapport)."_s;

    auto item = [](const QString &id, ItemKind kind, const QString &number, const QString &label, const Deadline &deadline) {
        Item i;
        i.id = id;
        i.kind = kind;
        i.number = number;
        i.label = label;
        i.addressedTo = u"Kommunstyrelsen"_s;
        i.section = u"3.%1"_s.arg(number);
        i.text = u"Revisorerna rekommenderar att styrelsen ”ser över” rutinerna — särskilt för %1."_s.arg(id);
        i.response.measures = u"- Ny riktlinje\n- Utbildning"_s;
        i.response.expectedEffect = u"Bättre dokumentation."_s;
        i.response.deadline = deadline;
        i.response.actionsTaken = u"Riktlinjen är antagen."_s;
        i.response.effectAchieved = u"Andelen dokumenterade köp har ökat."_s;
        return i;
    };
    s.items = {
        item(u"r1"_s, ItemKind::Recommendation, u"1"_s, QString(), Deadline::date(QDate(2026, 6, 7))),
        item(u"r2"_s, ItemKind::Recommendation, u"2"_s, u"Särskilt område"_s, Deadline::month(2026, 9)),
        item(u"a1"_s, ItemKind::Assessment, u"3"_s, QString(), Deadline::quarter(2026, 4)),
        item(u"q_1"_s, ItemKind::Question, QString(), QString(), Deadline::ongoing()),
        item(u"moved-1"_s, ItemKind::Recommendation, u"5"_s, QString(), Deadline()),
    };
    s.items.last().response = {};
    s.items.last().response.notOurs = u"Rekommendationen riktas till samhällsbyggnadsnämnden."_s;

    auto measure = [](const QString &id, const QStringList &items, MeasureStatus status, const Deadline &deadline) {
        Measure m;
        m.id = id;
        m.title = u"Åtgärd %1"_s.arg(id);
        m.description = u"Beskrivning med **fetstil**."_s;
        m.items = items;
        m.owner = u"Kommunledningskontoret, upphandlingsenheten"_s;
        m.deadline = deadline;
        m.status = status;
        m.caseReference = u"KS-2026-%1"_s.arg(id);
        m.comment = u"En kommentar."_s;
        return m;
    };
    s.measures = {
        measure(u"m1"_s, {u"r1"_s, u"r2"_s}, MeasureStatus::Planned, Deadline::tertial(2027, 1)),
        measure(u"m2"_s, {u"r2"_s}, MeasureStatus::Ongoing, Deadline::halfYear(2026, 2)),
        measure(u"m3"_s, {u"a1"_s}, MeasureStatus::Done, Deadline::year(2027)),
        measure(u"m4"_s, {u"q_1"_s}, MeasureStatus::Transferred, Deadline::ongoing()),
        measure(u"m5"_s, {u"r1"_s}, MeasureStatus::Cancelled, Deadline()),
    };
    s.signatures = {{u"Ordförande"_s, u"Anna Andersson"_s, u"Kommunstyrelsens ordförande"_s, {}},
                    {u"Sekreterare"_s, QString(), QString(), {}}};
    s.reservations = u"Reservation av ledamoten Bo Berg."_s;

    Review review;
    review.state = ReviewState::InReview;
    Comment open;
    open.id = u"c1"_s;
    open.target = u"/items/0/response/expectedEffect"_s;
    open.quote = u"Bättre dokumentation."_s;
    open.author = u"Anna Andersson"_s;
    open.created = u"2026-04-10T09:30:00+02:00"_s;
    open.text = u"Kan effekten mätas?"_s;
    open.replies = {{u"Bo Berg"_s, u"2026-04-11T10:00:00Z"_s, u"Ja, genom stickprov."_s, {}},
                    {u"Anna Andersson"_s, u"2026-04-11T10:15:30.5+02:00"_s, u"Bra."_s, {}}};
    Comment resolved;
    resolved.id = u"c2"_s;
    resolved.target = u"/summary"_s;
    resolved.author = u"Cecilia Carlsson"_s;
    resolved.created = u"2026-04-12T08:00+02:00"_s;
    resolved.text = u"Stavfel."_s;
    resolved.resolved = true;
    review.comments = {open, resolved};
    review.history = {{u"2026-04-10T09:00:00+02:00"_s, u"Anna Andersson"_s, u"stateChanged"_s, u"draft -> inReview"_s, {}},
                      {u"2026-04-12T08:05:00+02:00"_s, u"Cecilia Carlsson"_s, u"commentResolved"_s, QString(), {}}};
    s.review = review;

    // Members a later version added are kept and written back; the schema must allow them.
    s.extra.insert(u"futureMember"_s, u"kept"_s);
    s.items.first().extra.insert(u"futureItemMember"_s, 42);
    return s;
}

/// Sets (or, for an undefined value, removes) the member a JSON pointer names.
QJsonValue withChange(const QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString token = tokens.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = token.toInt();
        array[index] = withChange(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        object.remove(token);
    else
        object[token] = withChange(object.value(token), tokens, value);
    return object;
}

} // namespace

/// Every file the writer produces validates against the published JSON Schema, checked by
/// an implementation we did not write (Python's jsonschema, Draft 2020-12).
class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMemberIsCovered();
    void writerOutputValidates_data();
    void writerOutputValidates();
    void invalidFilesAreRejected_data();
    void invalidFilesAreRejected();
};

void TestSchema::initTestCase()
{
    // Not a skip: without the checker this test would prove nothing, and the install
    // script provides it.
    if (!QFileInfo(QStringLiteral(YTTRA_PYTHON)).isExecutable())
        QFAIL(qPrintable(u"" YTTRA_PYTHON " is missing: "_s + installHint));
    QProcess probe;
    probe.start(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, u"import jsonschema; jsonschema.Draft202012Validator"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        QFAIL(qPrintable(u"the Python module jsonschema (with Draft 2020-12) is missing for " YTTRA_PYTHON ": "_s + installHint
                         + u"\n"_s + QString::fromUtf8(probe.readAllStandardError())));
    }
    QVERIFY2(QFileInfo::exists(QStringLiteral(YTTRA_SCHEMA)), YTTRA_SCHEMA " is missing");
}

void TestSchema::everyMemberIsCovered()
{
    // The generated statement is only worth checking if it really uses everything.
    const Statement s = everyMember();
    QSet<ItemKind> kinds;
    QSet<MeasureStatus> statuses;
    QSet<Deadline::Form> forms;
    for (const Item &item : s.items) {
        kinds.insert(item.kind);
        forms.insert(item.response.deadline.form());
    }
    for (const Measure &measure : s.measures) {
        statuses.insert(measure.status);
        forms.insert(measure.deadline.form());
    }
    QCOMPARE(kinds.size(), qsizetype(itemKindNames.size()));
    QCOMPARE(statuses.size(), qsizetype(measureStatusNames.size()));
    QCOMPARE(forms.size(), qsizetype(8)); // none, date, month, quarter, tertial, half-year, year, ongoing
    // And it is a proper statement, not one the writer merely tolerates.
    const QList<Finding> findings = Validator::check(s);
    for (const Finding &finding : findings)
        QVERIFY2(finding.severity != Finding::Severity::Error, qPrintable(finding.text()));
}

void TestSchema::writerOutputValidates_data()
{
    QTest::addColumn<QByteArray>("document");

    const Statement example = Example::statement();
    QTest::newRow("example as shipped") << Example::bytes();
    QTest::newRow("example as written") << JsonFormat::write(example);
    auto followUp = FollowUp::derive(example, u"2026-05-06"_s, u"2027-04-30"_s);
    QTest::newRow("example's follow-up") << (followUp ? JsonFormat::write(followUp.value()) : QByteArray());

    const Statement all = everyMember();
    QTest::newRow("every member") << JsonFormat::write(all);
    auto allFollowUp = FollowUp::derive(all, QString(), u"2027-12-31"_s);
    QTest::newRow("every member, follow-up") << (allFollowUp ? JsonFormat::write(allFollowUp.value()) : QByteArray());
    for (const auto &[state, name] : reviewStateNames) {
        Statement inState = all;
        inState.review->state = state;
        QTest::addRow("every member, review %s", qPrintable(QString::fromUtf16(name))) << JsonFormat::write(inState);
    }
    Statement english = all;
    english.language = u"en"_s;
    QTest::newRow("every member, English") << JsonFormat::write(english);

    Statement minimal;
    minimal.board = u"Kommunstyrelsen"_s;
    QTest::newRow("minimal") << JsonFormat::write(minimal);
    Statement minimalFollowUp = minimal;
    minimalFollowUp.kind = StatementKind::FollowUp;
    minimalFollowUp.review = Review{};
    QTest::newRow("minimal follow-up, empty review") << JsonFormat::write(minimalFollowUp);

    // A review entry whose time stamp is not set yet (the model allows it) must not be
    // written as "created": "", which the schema's time stamp pattern refuses.
    Statement untimed = minimal;
    Comment comment;
    comment.id = u"c1"_s;
    comment.target = u"/summary"_s;
    comment.text = u"Utan tidsstämpel."_s;
    comment.replies = {{u"Bo Berg"_s, QString(), u"Svar."_s, {}}};
    untimed.review = Review{};
    untimed.review->comments = {comment};
    untimed.review->history = {{QString(), u"Bo Berg"_s, u"created"_s, QString(), {}}};
    QTest::newRow("review entries without time stamps") << JsonFormat::write(untimed);
}

void TestSchema::writerOutputValidates()
{
    QFETCH(QByteArray, document);
    QVERIFY2(!document.isEmpty(), "the statement could not be made");
    const SchemaCheck check = checkAgainstSchema(document);
    QVERIFY2(check.exitCode == 0, qPrintable(u"exit code %1: %2"_s.arg(check.exitCode).arg(check.problems)));
}

void TestSchema::invalidFilesAreRejected_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the member

    QTest::newRow("unknown kind") << u"/kind"_s << QJsonValue(u"second"_s);
    QTest::newRow("newer formatVersion") << u"/formatVersion"_s << QJsonValue(2);
    QTest::newRow("wrong format") << u"/format"_s << QJsonValue(u"something-else"_s);
    QTest::newRow("empty board") << u"/board"_s << QJsonValue(u""_s);
    QTest::newRow("no items") << u"/items"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("date not ISO") << u"/date"_s << QJsonValue(u"6 maj 2026"_s);
    QTest::newRow("bad deadline") << u"/items/0/response/deadline"_s << QJsonValue(u"2026-Q5"_s);
    QTest::newRow("bad item id") << u"/items/1/id"_s << QJsonValue(u"r 2"_s);
    QTest::newRow("unknown item kind") << u"/items/0/kind"_s << QJsonValue(u"demand"_s);
    QTest::newRow("unknown status") << u"/measures/0/status"_s << QJsonValue(u"finished"_s);
    QTest::newRow("empty measure title") << u"/measures/0/title"_s << QJsonValue(u""_s);
    QTest::newRow("text not a string") << u"/items/0/text"_s << QJsonValue(7);
    QTest::newRow("time stamp without offset") << u"/review/comments/0/created"_s << QJsonValue(u"2026-04-10T09:30:00"_s);
    QTest::newRow("unknown review state") << u"/review/state"_s << QJsonValue(u"rejected"_s);
    QTest::newRow("logo not an object") << u"/logo"_s << QJsonValue(u"logo.png"_s);
    QTest::newRow("unknown logo type") << u"/logo/mediaType"_s << QJsonValue(u"image/gif"_s);
    QTest::newRow("logo data not base64") << u"/logo/data"_s << QJsonValue(u"not base64!"_s);
}

void TestSchema::invalidFilesAreRejected()
{
    // Proves the check can fail at all: a schema or checker that accepts anything would let
    // every test above pass.
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);

    const QJsonValue valid = QJsonDocument::fromJson(JsonFormat::write(everyMember())).object();
    const QJsonValue changed = withChange(valid, pointer.split(u'/', Qt::SkipEmptyParts), value);
    const QByteArray document = QJsonDocument(changed.toObject()).toJson();

    const SchemaCheck check = checkAgainstSchema(document);
    QVERIFY2(check.exitCode == 1, qPrintable(u"exit code %1: %2"_s.arg(check.exitCode).arg(check.problems)));
    // The problem is reported where it is: at the member itself, or at its parent when it is missing.
    const QString where = value.isUndefined() ? pointer.section(u'/', 0, -2) + u"/"_s : pointer;
    QVERIFY2(check.problems.startsWith(where + u": "_s), qPrintable(check.problems));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestSchema)
#include "tst_schema.moc"
