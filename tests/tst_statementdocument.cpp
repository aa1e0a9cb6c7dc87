// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"
#include "document/statementfields.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "format/statementfile.h"
#include "testhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace yttra;

// One edit made through the document, and the same change made by hand on a plain
// Statement: the second is the independent expectation the first is checked against.
using Action = std::function<Result<StatementDocument::Change>(StatementDocument &)>;
using Edit = std::function<void(Statement &)>;

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Edit)

namespace {

// A failing comparison of two whole statements would otherwise say only "false"; the first
// differing line of their files says where they part.
QString difference(const Statement &actual, const Statement &expected)
{
    if (actual == expected)
        return {};
    const QList<QByteArray> a = JsonFormat::write(actual).split('\n');
    const QList<QByteArray> e = JsonFormat::write(expected).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = a.value(i, "<end of file>");
        const QByteArray right = e.value(i, "<end of file>");
        if (left != right) {
            // Two lines each: a member added after the last one shows only in the next line.
            const QByteArray nextLeft = a.value(i + 1, "<end of file>").trimmed();
            const QByteArray nextRight = e.value(i + 1, "<end of file>").trimmed();
            return u"statements differ at line %1:\n  actual:   %2 %3\n  expected: %4 %5"_s.arg(i + 1).arg(
                QString::fromUtf8(left.trimmed()), QString::fromUtf8(nextLeft), QString::fromUtf8(right.trimmed()),
                QString::fromUtf8(nextRight));
        }
    }
    return u"statements differ in something their files do not show"_s;
}

#define VERIFY_STATEMENT(actual, expected)                                                         \
    do {                                                                                           \
        const QString difference_ = difference((actual), (expected));                             \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                  \
    } while (false)

Item newItem(const QString &id)
{
    Item item;
    item.id = id;
    item.kind = ItemKind::Question;
    item.number = u"7"_s;
    item.addressedTo = u"Kommunstyrelsen"_s;
    item.text = u"Hur avser kommunstyrelsen att följa upp avtalen?"_s;
    item.response.measures = u"- En plan tas fram."_s;
    item.response.expectedEffect = u"Bättre uppföljning."_s;
    item.response.deadline = Deadline::year(2027);
    return item;
}

Measure newMeasure(const QString &id, const QStringList &items = {})
{
    Measure measure;
    measure.id = id;
    measure.title = u"Ny åtgärd"_s;
    measure.items = items;
    measure.owner = u"Kommunledningskontoret"_s;
    measure.deadline = Deadline::quarter(2027, 2);
    measure.status = MeasureStatus::Ongoing;
    return measure;
}

Statement exampleWithReview()
{
    Statement s = Example::statement();
    Review review;
    review.state = ReviewState::InReview;
    Comment comment;
    comment.id = u"c1"_s;
    comment.target = u"/items/0/response/expectedEffect"_s;
    comment.author = u"Anna Andersson"_s;
    comment.created = u"2026-04-20T09:30:00+02:00"_s;
    comment.text = u"Konkretisera effekten."_s;
    review.comments.append(comment);
    s.review = review;
    return s;
}

/// Every signal of a document, recorded by QSignalSpy and rendered as "name(args)" in a
/// fixed order, so a test can compare all of them at once.
class Spies
{
public:
    explicit Spies(StatementDocument *document)
    {
        add(u"fieldChanged"_s, new QSignalSpy(document, &StatementDocument::fieldChanged));
        add(u"itemInserted"_s, new QSignalSpy(document, &StatementDocument::itemInserted));
        add(u"itemRemoved"_s, new QSignalSpy(document, &StatementDocument::itemRemoved));
        add(u"itemMoved"_s, new QSignalSpy(document, &StatementDocument::itemMoved));
        add(u"measureInserted"_s, new QSignalSpy(document, &StatementDocument::measureInserted));
        add(u"measureRemoved"_s, new QSignalSpy(document, &StatementDocument::measureRemoved));
        add(u"measureMoved"_s, new QSignalSpy(document, &StatementDocument::measureMoved));
        add(u"signatureInserted"_s, new QSignalSpy(document, &StatementDocument::signatureInserted));
        add(u"signatureRemoved"_s, new QSignalSpy(document, &StatementDocument::signatureRemoved));
        add(u"signatureMoved"_s, new QSignalSpy(document, &StatementDocument::signatureMoved));
        add(u"linksChanged"_s, new QSignalSpy(document, &StatementDocument::linksChanged));
        add(u"changed"_s, new QSignalSpy(document, &StatementDocument::changed));
        add(u"modifiedChanged"_s, new QSignalSpy(document, &StatementDocument::modifiedChanged));
        add(u"fileNameChanged"_s, new QSignalSpy(document, &StatementDocument::fileNameChanged));
        add(u"readOnlyChanged"_s, new QSignalSpy(document, &StatementDocument::readOnlyChanged));
    }

    bool isValid() const
    {
        return std::all_of(m_spies.cbegin(), m_spies.cend(),
                           [](const auto &spy) { return spy.second->isValid(); });
    }

    /// What was emitted since the last call, and forget it.
    QStringList take()
    {
        QStringList log;
        for (const auto &[name, spy] : m_spies) {
            for (const QList<QVariant> &arguments : std::as_const(*spy)) {
                QStringList texts;
                for (const QVariant &argument : arguments)
                    texts.append(argument.toString());
                log.append(name + u'(' + texts.join(u',') + u')');
            }
            spy->clear();
        }
        return log;
    }

private:
    void add(const QString &name, QSignalSpy *spy) { m_spies.emplace_back(name, spy); }

    std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>> m_spies;
};

QString writeVersion2File(const QTemporaryDir &dir)
{
    // A file from a newer Yttra: the same statement, a higher formatVersion.
    QByteArray bytes = JsonFormat::write(Example::statement());
    const QByteArray current = "\"formatVersion\": 1,";
    if (!bytes.contains(current))
        return {};
    bytes.replace(current, "\"formatVersion\": 2,");
    const QString path = dir.filePath(u"newer.yttrande"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// Every kind of edit a document offers, undo and redo included, each with arguments that
/// would change the example statement with a review if it were editable.
QList<std::pair<const char *, Action>> everyEdit()
{
    return {
        {"setField", [](StatementDocument &d) { return d.setField(u"/board"_s, u"X"_s); }},
        {"setField review", [](StatementDocument &d) { return d.setField(u"/review/state"_s, u"sent"_s); }},
        {"insertItem", [](StatementDocument &d) { return d.insertItem(0, newItem(u"q"_s)); }},
        {"removeItem", [](StatementDocument &d) { return d.removeItem(0); }},
        {"moveItem", [](StatementDocument &d) { return d.moveItem(0, 1); }},
        {"insertMeasure", [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m11"_s)); }},
        {"removeMeasure", [](StatementDocument &d) { return d.removeMeasure(0); }},
        {"moveMeasure", [](StatementDocument &d) { return d.moveMeasure(0, 1); }},
        {"link", [](StatementDocument &d) { return d.link(0, u"r3"_s); }},
        {"unlink", [](StatementDocument &d) { return d.unlink(0, u"r1"_s); }},
        {"duplicateItem", [](StatementDocument &d) { return d.duplicateItem(0); }},
        {"insertSignature", [](StatementDocument &d) { return d.insertSignature(0, Signature()); }},
        {"removeSignature", [](StatementDocument &d) { return d.removeSignature(0); }},
        {"moveSignature", [](StatementDocument &d) { return d.moveSignature(0, 1); }},
        {"setMeasuresOfItem", [](StatementDocument &d) { return d.setMeasuresOfItem(u"r1"_s, {}); }},
        {"setItemsOfMeasure", [](StatementDocument &d) { return d.setItemsOfMeasure(0, {}); }},
        {"setReview", [](StatementDocument &d) { return d.setReview(std::nullopt, u"Remove review"_s); }},
        {"undo", [](StatementDocument &d) { return d.undo(); }},
        {"redo", [](StatementDocument &d) { return d.redo(); }},
    };
}

} // namespace

/// StatementDocument and its undo commands: every edit is one exact, undoable step, invalid
/// edits change nothing, and the modified flag and signals follow the stack.
class TestStatementDocument : public QObject
{
    Q_OBJECT

private slots:
    void exampleHasWhatTheRowsAssume();
    void readingAFieldDoesNotDetach();
    void refusedOrSameValueWritesNothing();
    void undoRedo_data();
    void undoRedo();
    void reviewStateOnExistingReview();
    void removeItemRestoresLinks();
    void commentsFollowSignatures_data();
    void commentsFollowSignatures();
    void compoundEditsAreOneStep();
    void emittedSignals_data();
    void emittedSignals();
    void typingMerges();
    void logoDescriptionGoesWithTheLogo();
    void differentFieldBreaksMerge();
    void separateDoesNotMerge();
    void typingBackIsObsolete();
    void typingBackOnReviewState();
    void noOpEdits_data();
    void noOpEdits();
    void invalidEdits_data();
    void invalidEdits();
    void readOnly();
    void setReadOnlyRefusesEveryEdit();
    void readOnlyCopyIsEditable();
    void modifiedFollowsCleanState();
    void saveAsRoundTrip();
    void saveWithoutFileName();
    void saveAsFailureKeepsState();
    void undoText_data();
    void undoText();
    void undoCommitsPendingEditsFirst();
    void redoCommitsPendingEditsFirst();
    void everyChangeCommitsPendingEditsFirst();
};

void TestStatementDocument::exampleHasWhatTheRowsAssume()
{
    // The rows below name items and measures by index; say so if the example changes.
    const Statement s = Example::statement();
    QCOMPARE(s.items.size(), 7);
    QCOMPARE(s.measures.size(), 10);
    QCOMPARE(s.signatures.size(), 2);
    QCOMPARE(s.items.at(1).id, u"r2"_s);
    QCOMPARE(s.measures.at(0).items, QStringList({u"r1"_s, u"r2"_s}));
    QCOMPARE(s.measures.at(1).items, QStringList({u"r1"_s, u"b1"_s, u"r3"_s}));
    QCOMPARE(s.measures.at(2).items, QStringList({u"r2"_s, u"r3"_s}));
    QCOMPARE(s.measures.at(3).items, QStringList({u"r2"_s}));
    QVERIFY(!s.review);
}

void TestStatementDocument::readingAFieldDoesNotDetach()
{
    // Views read fields of statements that share their lists with the document (and may do
    // so from another thread): a read must leave the sharing, and so the data, alone.
    StatementDocument document(Example::statement());
    const Statement copy = document.statement();
    QCOMPARE(StatementFields::value(copy, u"/items/3/response/deadline").value_or(QVariant()), QVariant(u"2027-H1"_s));
    QCOMPARE(StatementFields::value(copy, u"/measures/4/status").value_or(QVariant()), QVariant(u"done"_s));
    QCOMPARE(StatementFields::value(copy, u"/signatures/1/name").value_or(QVariant()), QVariant(u"Mats Ekholm"_s));
    QVERIFY(copy.items.constData() == document.statement().items.constData());
    QVERIFY(copy.measures.constData() == document.statement().measures.constData());
    QVERIFY(copy.signatures.constData() == document.statement().signatures.constData());

    // Editing the document detaches it, and the copy keeps what it had.
    YTTRA_VERIFY_OK(document.setField(u"/items/3/response/deadline"_s, u"2030"_s));
    QCOMPARE(copy.items.at(3).response.deadline.toString(), u"2027-H1"_s);
    QCOMPARE(document.statement().items.at(3).response.deadline.toString(), u"2030"_s);
}

void TestStatementDocument::refusedOrSameValueWritesNothing()
{
    // setField checks a value before anything is written, and the command writes it once: an
    // edit that is refused, or that names the value the field holds in other words, leaves
    // the lists shared with a copy, as a read does.
    StatementDocument document(Example::statement());
    const Statement copy = document.statement();
    QVERIFY(!document.setField(u"/items/3/response/deadline"_s, u"soon"_s).ok());
    QVERIFY(!document.setField(u"/measures/4/status"_s, u"finished"_s).ok());
    const auto same = document.setField(u"/audit/addressees"_s, QStringList{u"Kommunstyrelsen"_s, u"Samhällsbyggnadsnämnden"_s});
    YTTRA_VERIFY_OK(same);
    QCOMPARE(same.value(), StatementDocument::Change::None);
    QVERIFY(copy.items.constData() == document.statement().items.constData());
    QVERIFY(copy.measures.constData() == document.statement().measures.constData());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestStatementDocument::undoRedo_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<Edit>("edit");

    auto field = [](const char *name, const QString &pointer, const QVariant &value, const Edit &edit) {
        QTest::newRow(name) << Action([pointer, value](StatementDocument &d) { return d.setField(pointer, value); })
                            << edit;
    };

    // Top level.
    field("kind", u"/kind"_s, u"followUp"_s, [](Statement &s) { s.kind = StatementKind::FollowUp; });
    field("language", u"/language"_s, u"en"_s, [](Statement &s) { s.language = u"en"_s; });
    field("board", u"/board"_s, u"Servicenämnden"_s, [](Statement &s) { s.board = u"Servicenämnden"_s; });
    field("office cleared", u"/office"_s, u""_s, [](Statement &s) { s.office.clear(); });
    field("recipient", u"/recipient"_s, u"Revisorskollegiet"_s,
          [](Statement &s) { s.recipient = u"Revisorskollegiet"_s; });
    field("date", u"/date"_s, u"2026-05-07"_s, [](Statement &s) { s.date = u"2026-05-07"_s; });
    field("date cleared", u"/date"_s, u""_s, [](Statement &s) { s.date.clear(); });
    field("caseNumber", u"/caseNumber"_s, u"KS-2026-0999"_s, [](Statement &s) { s.caseNumber = u"KS-2026-0999"_s; });
    field("address", u"/address"_s, u"Storgatan 2"_s, [](Statement &s) { s.address = u"Storgatan 2"_s; });
    field("dueDate", u"/dueDate"_s, u"2026-06-01"_s, [](Statement &s) { s.dueDate = u"2026-06-01"_s; });
    // The logo is replaced whole (its description, a field of its own, in typingMerges).
    const Logo logo{u"image/svg+xml"_s, QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"3\"/>"),
                    u"Sjöviks kommun"_s};
    field("logo", u"/logo"_s, QVariant::fromValue(logo), [logo](Statement &s) { s.logo = logo; });
    field("submitTo", u"/submitTo"_s, u"registrator@sjovik.example"_s,
          [](Statement &s) { s.submitTo = u"registrator@sjovik.example"_s; });
    field("summary", u"/summary"_s, u"Ny **sammanfattning**.\n\n- punkt"_s,
          [](Statement &s) { s.summary = u"Ny **sammanfattning**.\n\n- punkt"_s; });
    field("readingGuide", u"/readingGuide"_s, u"Läs så här."_s, [](Statement &s) { s.readingGuide = u"Läs så här."_s; });
    field("reservations", u"/reservations"_s, u"Reservation från (M)."_s,
          [](Statement &s) { s.reservations = u"Reservation från (M)."_s; });

    // Period.
    field("period from", u"/period/from"_s, u"2025-05-01"_s, [](Statement &s) { s.period.from = u"2025-05-01"_s; });
    field("period to", u"/period/to"_s, u"2026-04-30"_s, [](Statement &s) { s.period.to = u"2026-04-30"_s; });

    // Audit.
    field("audit title", u"/audit/title"_s, u"Granskning av IT-säkerhet"_s,
          [](Statement &s) { s.audit.title = u"Granskning av IT-säkerhet"_s; });
    field("audit reference", u"/audit/reference"_s, u"SR-2020-83"_s,
          [](Statement &s) { s.audit.reference = u"SR-2020-83"_s; });
    field("audit auditor", u"/audit/auditor"_s, u"Malmö stadsrevision"_s,
          [](Statement &s) { s.audit.auditor = u"Malmö stadsrevision"_s; });
    field("audit reportDate", u"/audit/reportDate"_s, u"2026-02-11"_s,
          [](Statement &s) { s.audit.reportDate = u"2026-02-11"_s; });
    field("audit decisionDate cleared", u"/audit/decisionDate"_s, u""_s,
          [](Statement &s) { s.audit.decisionDate.clear(); });
    field("audit addressees", u"/audit/addressees"_s,
          QStringList({u"Kommunstyrelsen"_s, u"Servicenämnden"_s, u"Kulturnämnden"_s}), [](Statement &s) {
              s.audit.addressees = {u"Kommunstyrelsen"_s, u"Servicenämnden"_s, u"Kulturnämnden"_s};
          });
    field("audit addressees emptied", u"/audit/addressees"_s, QStringList(),
          [](Statement &s) { s.audit.addressees.clear(); });
    field("audit conclusion", u"/audit/conclusion"_s, u"Ny slutsats."_s,
          [](Statement &s) { s.audit.conclusion = u"Ny slutsats."_s; });

    // Item.
    field("item kind question", u"/items/1/kind"_s, u"question"_s,
          [](Statement &s) { s.items[1].kind = ItemKind::Question; });
    field("item kind assessment", u"/items/1/kind"_s, u"assessment"_s,
          [](Statement &s) { s.items[1].kind = ItemKind::Assessment; });
    field("item number", u"/items/1/number"_s, u"2a"_s, [](Statement &s) { s.items[1].number = u"2a"_s; });
    field("item label", u"/items/1/label"_s, u"Åtgärdsområde 2"_s,
          [](Statement &s) { s.items[1].label = u"Åtgärdsområde 2"_s; });
    field("item addressedTo", u"/items/1/addressedTo"_s, u"Servicenämnden"_s,
          [](Statement &s) { s.items[1].addressedTo = u"Servicenämnden"_s; });
    field("item section", u"/items/1/section"_s, u"4.2"_s, [](Statement &s) { s.items[1].section = u"4.2"_s; });
    field("item text", u"/items/1/text"_s, u"Ny text."_s, [](Statement &s) { s.items[1].text = u"Ny text."_s; });
    field("last item text", u"/items/6/text"_s, u"Sista."_s, [](Statement &s) { s.items[6].text = u"Sista."_s; });

    // Response.
    field("response measures", u"/items/1/response/measures"_s, u"- Åtgärd"_s,
          [](Statement &s) { s.items[1].response.measures = u"- Åtgärd"_s; });
    field("response expectedEffect", u"/items/1/response/expectedEffect"_s, u"Effekt."_s,
          [](Statement &s) { s.items[1].response.expectedEffect = u"Effekt."_s; });
    field("response deadline tertial", u"/items/1/response/deadline"_s, u"2026-T3"_s,
          [](Statement &s) { s.items[1].response.deadline = Deadline::tertial(2026, 3); });
    field("response deadline ongoing", u"/items/1/response/deadline"_s, u"ongoing"_s,
          [](Statement &s) { s.items[1].response.deadline = Deadline::ongoing(); });
    field("response deadline cleared", u"/items/1/response/deadline"_s, u""_s,
          [](Statement &s) { s.items[1].response.deadline = Deadline(); });
    field("response actionsTaken", u"/items/1/response/actionsTaken"_s, u"Gjort."_s,
          [](Statement &s) { s.items[1].response.actionsTaken = u"Gjort."_s; });
    field("response effectAchieved", u"/items/1/response/effectAchieved"_s, u"Bättre."_s,
          [](Statement &s) { s.items[1].response.effectAchieved = u"Bättre."_s; });
    field("response notOurs", u"/items/1/response/notOurs"_s, u"Överfört till servicenämnden."_s,
          [](Statement &s) { s.items[1].response.notOurs = u"Överfört till servicenämnden."_s; });

    // Measure.
    field("measure title", u"/measures/2/title"_s, u"Utbildning"_s,
          [](Statement &s) { s.measures[2].title = u"Utbildning"_s; });
    field("measure description", u"/measures/2/description"_s, u""_s,
          [](Statement &s) { s.measures[2].description.clear(); });
    field("measure owner", u"/measures/2/owner"_s, u"HR"_s, [](Statement &s) { s.measures[2].owner = u"HR"_s; });
    field("measure deadline", u"/measures/2/deadline"_s, u"2027-Q2"_s,
          [](Statement &s) { s.measures[2].deadline = Deadline::quarter(2027, 2); });
    field("measure deadline day", u"/measures/2/deadline"_s, u"2027-02-28"_s,
          [](Statement &s) { s.measures[2].deadline = Deadline::date(QDate(2027, 2, 28)); });
    field("measure status done", u"/measures/2/status"_s, u"done"_s,
          [](Statement &s) { s.measures[2].status = MeasureStatus::Done; });
    field("measure status transferred", u"/measures/2/status"_s, u"transferred"_s,
          [](Statement &s) { s.measures[2].status = MeasureStatus::Transferred; });
    field("measure status cancelled", u"/measures/2/status"_s, u"cancelled"_s,
          [](Statement &s) { s.measures[2].status = MeasureStatus::Cancelled; });
    field("measure caseReference", u"/measures/2/caseReference"_s, u"KS-2026-0500"_s,
          [](Statement &s) { s.measures[2].caseReference = u"KS-2026-0500"_s; });
    field("measure comment", u"/measures/2/comment"_s, u"Försenad."_s,
          [](Statement &s) { s.measures[2].comment = u"Försenad."_s; });

    // Signature.
    field("signature role", u"/signatures/1/role"_s, u"Kommundirektör"_s,
          [](Statement &s) { s.signatures[1].role = u"Kommundirektör"_s; });
    field("signature name", u"/signatures/1/name"_s, u"Eva Berg"_s,
          [](Statement &s) { s.signatures[1].name = u"Eva Berg"_s; });
    field("signature title", u"/signatures/0/title"_s, u"Ordförande"_s,
          [](Statement &s) { s.signatures[0].title = u"Ordförande"_s; });

    // Review: the example has none, so setting the state starts one and undo must take it
    // away again, not leave an empty review behind.
    field("review state", u"/review/state"_s, u"inReview"_s, [](Statement &s) {
        s.review = Review();
        s.review->state = ReviewState::InReview;
    });
    field("review state sent", u"/review/state"_s, u"sent"_s, [](Statement &s) {
        s.review = Review();
        s.review->state = ReviewState::Sent;
    });

    // Items.
    QTest::newRow("insert item first") << Action([](StatementDocument &d) { return d.insertItem(0, newItem(u"q1"_s)); })
                                       << Edit([](Statement &s) { s.items.prepend(newItem(u"q1"_s)); });
    QTest::newRow("insert item middle") << Action([](StatementDocument &d) { return d.insertItem(3, newItem(u"q1"_s)); })
                                        << Edit([](Statement &s) { s.items.insert(3, newItem(u"q1"_s)); });
    QTest::newRow("insert item last") << Action([](StatementDocument &d) { return d.insertItem(7, newItem(u"q1"_s)); })
                                      << Edit([](Statement &s) { s.items.append(newItem(u"q1"_s)); });
    QTest::newRow("remove item r4") << Action([](StatementDocument &d) { return d.removeItem(4); })
                                                  << Edit([](Statement &s) {
                                                         // r4 is linked from m6 and m7.
                                                         s.items.removeAt(4);
                                                         s.measures[5].items = QStringList{u"r5"_s};
                                                         s.measures[6].items.clear();
                                                     });
    QTest::newRow("remove item with links") << Action([](StatementDocument &d) { return d.removeItem(1); })
                                            << Edit([](Statement &s) {
                                                   // r2 is linked from m1 (second), m3 (first) and m4 (only).
                                                   s.items.removeAt(1);
                                                   s.measures[0].items = QStringList{u"r1"_s};
                                                   s.measures[2].items = QStringList{u"r3"_s};
                                                   s.measures[3].items.clear();
                                               });
    QTest::newRow("move item down") << Action([](StatementDocument &d) { return d.moveItem(0, 3); })
                                    << Edit([](Statement &s) {
                                           const QList<Item> i = s.items;
                                           s.items = {i[1], i[2], i[3], i[0], i[4], i[5], i[6]};
                                       });
    QTest::newRow("move item up") << Action([](StatementDocument &d) { return d.moveItem(6, 1); })
                                  << Edit([](Statement &s) {
                                         const QList<Item> i = s.items;
                                         s.items = {i[0], i[6], i[1], i[2], i[3], i[4], i[5]};
                                     });

    // Measures.
    QTest::newRow("insert measure first")
        << Action([](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m11"_s, {u"r4"_s, u"r1"_s})); })
        << Edit([](Statement &s) { s.measures.prepend(newMeasure(u"m11"_s, {u"r4"_s, u"r1"_s})); });
    QTest::newRow("insert measure last unlinked")
        << Action([](StatementDocument &d) { return d.insertMeasure(10, newMeasure(u"m11"_s)); })
        << Edit([](Statement &s) { s.measures.append(newMeasure(u"m11"_s)); });
    QTest::newRow("remove measure") << Action([](StatementDocument &d) { return d.removeMeasure(4); })
                                    << Edit([](Statement &s) { s.measures.removeAt(4); });
    QTest::newRow("remove last measure") << Action([](StatementDocument &d) { return d.removeMeasure(9); })
                                         << Edit([](Statement &s) { s.measures.removeLast(); });
    QTest::newRow("move measure down") << Action([](StatementDocument &d) { return d.moveMeasure(1, 9); })
                                       << Edit([](Statement &s) {
                                              const QList<Measure> m = s.measures;
                                              s.measures = {m[0], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[1]};
                                          });
    QTest::newRow("move measure up") << Action([](StatementDocument &d) { return d.moveMeasure(8, 0); })
                                     << Edit([](Statement &s) {
                                            const QList<Measure> m = s.measures;
                                            s.measures = {m[8], m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[9]};
                                        });

    // Links.
    QTest::newRow("link") << Action([](StatementDocument &d) { return d.link(3, u"r1"_s); })
                          << Edit([](Statement &s) { s.measures[3].items = QStringList{u"r2"_s, u"r1"_s}; });
    QTest::newRow("link to longer list") << Action([](StatementDocument &d) { return d.link(7, u"r1"_s); })
                                         << Edit([](Statement &s) {
                                                s.measures[7].items = QStringList{u"r5"_s, u"r6"_s, u"r1"_s};
                                            });
    QTest::newRow("unlink middle") << Action([](StatementDocument &d) { return d.unlink(1, u"b1"_s); })
                                   << Edit([](Statement &s) { s.measures[1].items = QStringList{u"r1"_s, u"r3"_s}; });
    QTest::newRow("unlink first") << Action([](StatementDocument &d) { return d.unlink(1, u"r1"_s); })
                                  << Edit([](Statement &s) { s.measures[1].items = QStringList{u"b1"_s, u"r3"_s}; });
    QTest::newRow("unlink only") << Action([](StatementDocument &d) { return d.unlink(3, u"r2"_s); })
                                 << Edit([](Statement &s) { s.measures[3].items.clear(); });
    QTest::newRow("measures of an item")
        << Action([](StatementDocument &d) {
               const QList<Measure> &m = d.statement().measures;
               return d.setMeasuresOfItem(u"r2"_s, {m.at(1).id, m.at(0).id}, u"Link"_s);
           })
        << Edit([](Statement &s) {
               // m1 keeps its link, m2 gains one at its end, m3 and m4 lose theirs.
               s.measures[1].items = QStringList{u"r1"_s, u"b1"_s, u"r3"_s, u"r2"_s};
               s.measures[2].items = QStringList{u"r3"_s};
               s.measures[3].items.clear();
           });
    QTest::newRow("items of a measure")
        << Action([](StatementDocument &d) { return d.setItemsOfMeasure(1, {u"r1"_s, u"r2"_s, u"r3"_s}); })
        << Edit([](Statement &s) { s.measures[1].items = QStringList{u"r1"_s, u"r3"_s, u"r2"_s}; });
    QTest::newRow("items of a measure: none") << Action([](StatementDocument &d) { return d.setItemsOfMeasure(1, {}); })
                                              << Edit([](Statement &s) { s.measures[1].items.clear(); });
    QTest::newRow("duplicate item with links")
        << Action([](StatementDocument &d) { return d.duplicateItem(1); })
        << Edit([](Statement &s) {
               Item copy = s.items.at(1);
               copy.id = s.unusedId(u"r");
               s.items.insert(2, copy);
               s.measures[0].items.append(copy.id);
               s.measures[2].items.append(copy.id);
               s.measures[3].items.append(copy.id);
           });
    QTest::newRow("duplicate last item") << Action([](StatementDocument &d) { return d.duplicateItem(6); })
                                         << Edit([](Statement &s) {
                                                Item copy = s.items.at(6);
                                                copy.id = s.unusedId(QStringView(copy.id).left(1));
                                                s.items.append(copy);
                                                for (Measure &m : s.measures) {
                                                    if (m.items.contains(s.items.at(6).id))
                                                        m.items.append(copy.id);
                                                }
                                            });

    // Signatures.
    Signature signature;
    signature.role = u"Sekreterare"_s;
    signature.name = u"Åsa Öberg"_s;
    QTest::newRow("insert signature first") << Action([signature](StatementDocument &d) { return d.insertSignature(0, signature); })
                                            << Edit([signature](Statement &s) { s.signatures.prepend(signature); });
    QTest::newRow("insert signature last") << Action([](StatementDocument &d) { return d.insertSignature(2, Signature()); })
                                           << Edit([](Statement &s) { s.signatures.append(Signature()); });
    QTest::newRow("remove signature") << Action([](StatementDocument &d) { return d.removeSignature(0); })
                                      << Edit([](Statement &s) { s.signatures.removeFirst(); });
    QTest::newRow("move signature down") << Action([](StatementDocument &d) { return d.moveSignature(0, 1); })
                                         << Edit([](Statement &s) { s.signatures.move(0, 1); });
    QTest::newRow("move signature up") << Action([](StatementDocument &d) { return d.moveSignature(1, 0); })
                                       << Edit([](Statement &s) { s.signatures.move(1, 0); });
}

void TestStatementDocument::undoRedo()
{
    QFETCH(Action, action);
    QFETCH(Edit, edit);

    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    Statement after = before;
    edit(after);
    QVERIFY2(after != before, "the row must change something");

    const auto result = action(document);
    YTTRA_VERIFY_OK(result);
    QCOMPARE(result.value(), StatementDocument::Change::Made);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->index(), 1);
    VERIFY_STATEMENT(document.statement(), after);

    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
    QVERIFY(!document.isModified());

    document.undoStack()->redo();
    VERIFY_STATEMENT(document.statement(), after);
    QVERIFY(document.isModified());

    // A second round: commands that remember something on their first run (a link's place)
    // must give the same states again.
    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
    document.undoStack()->redo();
    VERIFY_STATEMENT(document.statement(), after);
}

void TestStatementDocument::reviewStateOnExistingReview()
{
    StatementDocument document(exampleWithReview());
    const Statement before = document.statement();
    QCOMPARE(StatementFields::value(before, u"/review/state").value_or(QVariant()), QVariant(u"inReview"_s));

    YTTRA_VERIFY_OK(document.setField(u"/review/state"_s, u"approved"_s));
    Statement after = before;
    after.review->state = ReviewState::Approved;
    VERIFY_STATEMENT(document.statement(), after);

    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
    document.undoStack()->redo();
    VERIFY_STATEMENT(document.statement(), after);
}

void TestStatementDocument::removeItemRestoresLinks()
{
    // Several items and links removed in turn, undone in turn: every link returns to the
    // place it stood at, also when a measure loses all its links on the way.
    StatementDocument document(Example::statement());
    const Statement original = document.statement();

    QList<Statement> states{original};
    for (int step = 0; step < 4; ++step) {
        YTTRA_VERIFY_OK(document.removeItem(1));
        states.append(document.statement());
    }
    // r2, b1, r3 and r4 are gone, with every link to them.
    QCOMPARE(document.statement().items.size(), 3);
    for (const Measure &measure : document.statement().measures) {
        for (const QString &id : measure.items)
            QVERIFY2(document.statement().indexOfItem(id) >= 0, qPrintable(id));
    }
    QCOMPARE(document.statement().measures.at(1).items, QStringList{u"r1"_s});
    QCOMPARE(document.statement().measures.at(4).items, QStringList());

    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        document.undoStack()->undo();
        VERIFY_STATEMENT(document.statement(), states.at(i));
    }
    VERIFY_STATEMENT(document.statement(), original);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    VERIFY_STATEMENT(document.statement(), states.last());
}

void TestStatementDocument::commentsFollowSignatures_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("target"); // where the comment on the second signature's name ends up

    QTest::newRow("moved up") << Action([](StatementDocument &d) { return d.moveSignature(1, 0); }) << u"/signatures/0/name"_s;
    QTest::newRow("other moved down past it") << Action([](StatementDocument &d) { return d.moveSignature(0, 1); })
                                              << u"/signatures/0/name"_s;
    QTest::newRow("inserted before") << Action([](StatementDocument &d) { return d.insertSignature(0, Signature()); })
                                     << u"/signatures/2/name"_s;
    QTest::newRow("inserted after") << Action([](StatementDocument &d) { return d.insertSignature(2, Signature()); })
                                    << u"/signatures/1/name"_s;
    QTest::newRow("one before removed") << Action([](StatementDocument &d) { return d.removeSignature(0); })
                                        << u"/signatures/0/name"_s;
    // As with a removed item: the comment stays, on the list, with its quote and text.
    QTest::newRow("commented one removed") << Action([](StatementDocument &d) { return d.removeSignature(1); })
                                           << u"/signatures"_s;
}

void TestStatementDocument::commentsFollowSignatures()
{
    QFETCH(Action, action);
    QFETCH(QString, target);

    Statement start = exampleWithReview();
    Comment onSignature = start.review->comments.first();
    onSignature.id = u"c2"_s;
    onSignature.target = u"/signatures/1/name"_s;
    onSignature.quote = start.signatures.at(1).name;
    onSignature.text = u"Rätt namn?"_s;
    start.review->comments.append(onSignature);
    StatementDocument document(start);

    YTTRA_VERIFY_OK(action(document));
    QCOMPARE(document.statement().review->comments.at(1).target, target);
    QCOMPARE(document.statement().review->comments.at(1).text, u"Rätt namn?"_s);
    QCOMPARE(document.statement().review->comments.at(0), start.review->comments.at(0));
    // Where the comment points now, the name it quotes is (unless the signature is gone).
    if (target != u"/signatures")
        QCOMPARE(StatementFields::value(document.statement(), target).value_or(QVariant()).toString(), onSignature.quote);
    const Statement edited = document.statement();

    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), start);
    document.undoStack()->redo();
    VERIFY_STATEMENT(document.statement(), edited);
    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), start);
}

void TestStatementDocument::compoundEditsAreOneStep()
{
    // Setting several links and duplicating an item (with its links) are one step each for
    // the user, named as the caller asked.
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.setItemsOfMeasure(0, {u"b1"_s, u"r3"_s}, u"Link m1 to items"_s));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), u"Link m1 to items"_s);
    YTTRA_VERIFY_OK(document.duplicateItem(0));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), u"Duplicate item"_s);
    YTTRA_VERIFY_OK(document.moveSignature(0, 1));
    QCOMPARE(document.undoStack()->undoText(), u"Move signature"_s);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), Example::statement());
}

void TestStatementDocument::emittedSignals_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QStringList>("redone");
    QTest::addColumn<QStringList>("undone");

    const QString changed = u"changed()"_s;
    const QString modified = u"modifiedChanged(true)"_s;
    const QString clean = u"modifiedChanged(false)"_s;

    QTest::newRow("setField") << Action([](StatementDocument &d) { return d.setField(u"/board"_s, u"X"_s); })
                              << QStringList{u"fieldChanged(/board)"_s, changed, modified}
                              << QStringList{u"fieldChanged(/board)"_s, changed, clean};
    QTest::newRow("setField deadline")
        << Action([](StatementDocument &d) { return d.setField(u"/measures/3/deadline"_s, u"2030"_s); })
        << QStringList{u"fieldChanged(/measures/3/deadline)"_s, changed, modified}
        << QStringList{u"fieldChanged(/measures/3/deadline)"_s, changed, clean};
    QTest::newRow("insertItem") << Action([](StatementDocument &d) { return d.insertItem(2, newItem(u"q"_s)); })
                                << QStringList{u"itemInserted(2)"_s, changed, modified}
                                << QStringList{u"itemRemoved(2)"_s, changed, clean};
    QTest::newRow("removeItem") << Action([](StatementDocument &d) { return d.removeItem(1); })
                                << QStringList{u"itemRemoved(1)"_s, u"linksChanged(0)"_s, u"linksChanged(2)"_s,
                                               u"linksChanged(3)"_s, changed, modified}
                                << QStringList{u"itemInserted(1)"_s, u"linksChanged(0)"_s, u"linksChanged(2)"_s,
                                               u"linksChanged(3)"_s, changed, clean};
    QTest::newRow("moveItem") << Action([](StatementDocument &d) { return d.moveItem(0, 5); })
                              << QStringList{u"itemMoved(0,5)"_s, changed, modified}
                              << QStringList{u"itemMoved(5,0)"_s, changed, clean};
    QTest::newRow("insertMeasure")
        << Action([](StatementDocument &d) { return d.insertMeasure(4, newMeasure(u"m11"_s, {u"r1"_s})); })
        << QStringList{u"measureInserted(4)"_s, changed, modified}
        << QStringList{u"measureRemoved(4)"_s, changed, clean};
    QTest::newRow("removeMeasure") << Action([](StatementDocument &d) { return d.removeMeasure(0); })
                                   << QStringList{u"measureRemoved(0)"_s, changed, modified}
                                   << QStringList{u"measureInserted(0)"_s, changed, clean};
    QTest::newRow("moveMeasure") << Action([](StatementDocument &d) { return d.moveMeasure(7, 2); })
                                 << QStringList{u"measureMoved(7,2)"_s, changed, modified}
                                 << QStringList{u"measureMoved(2,7)"_s, changed, clean};
    QTest::newRow("link") << Action([](StatementDocument &d) { return d.link(9, u"r1"_s); })
                          << QStringList{u"linksChanged(9)"_s, changed, modified}
                          << QStringList{u"linksChanged(9)"_s, changed, clean};
    QTest::newRow("unlink") << Action([](StatementDocument &d) { return d.unlink(9, u"r5"_s); })
                            << QStringList{u"linksChanged(9)"_s, changed, modified}
                            << QStringList{u"linksChanged(9)"_s, changed, clean};
    QTest::newRow("items of a measure")
        << Action([](StatementDocument &d) { return d.setItemsOfMeasure(1, {u"r1"_s, u"r2"_s}); })
        << QStringList{u"linksChanged(1)"_s, u"linksChanged(1)"_s, u"linksChanged(1)"_s, changed, modified}
        << QStringList{u"linksChanged(1)"_s, u"linksChanged(1)"_s, u"linksChanged(1)"_s, changed, clean};
    QTest::newRow("duplicateItem") << Action([](StatementDocument &d) { return d.duplicateItem(1); })
                                   << QStringList{u"itemInserted(2)"_s, u"linksChanged(0)"_s, u"linksChanged(2)"_s,
                                                  u"linksChanged(3)"_s, changed, modified}
                                   << QStringList{u"itemRemoved(2)"_s, u"linksChanged(3)"_s, u"linksChanged(2)"_s,
                                                  u"linksChanged(0)"_s, changed, clean};
    QTest::newRow("insertSignature") << Action([](StatementDocument &d) { return d.insertSignature(1, Signature()); })
                                     << QStringList{u"signatureInserted(1)"_s, changed, modified}
                                     << QStringList{u"signatureRemoved(1)"_s, changed, clean};
    QTest::newRow("removeSignature") << Action([](StatementDocument &d) { return d.removeSignature(1); })
                                     << QStringList{u"signatureRemoved(1)"_s, changed, modified}
                                     << QStringList{u"signatureInserted(1)"_s, changed, clean};
    QTest::newRow("moveSignature") << Action([](StatementDocument &d) { return d.moveSignature(1, 0); })
                                   << QStringList{u"signatureMoved(1,0)"_s, changed, modified}
                                   << QStringList{u"signatureMoved(0,1)"_s, changed, clean};
}

void TestStatementDocument::emittedSignals()
{
    QFETCH(Action, action);
    QFETCH(QStringList, redone);
    QFETCH(QStringList, undone);

    StatementDocument document(Example::statement());
    Spies spies(&document);
    QVERIFY(spies.isValid());

    YTTRA_VERIFY_OK(action(document));
    QCOMPARE(spies.take(), redone);
    document.undoStack()->undo();
    QCOMPARE(spies.take(), undone);
    document.undoStack()->redo();
    QCOMPARE(spies.take(), redone);
}

void TestStatementDocument::typingMerges()
{
    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    Spies spies(&document);

    for (const QString &text : {u"S"_s, u"Se"_s, u"Ser"_s, u"Service"_s, u"Servicenämnden"_s})
        YTTRA_VERIFY_OK(document.setField(u"/board"_s, text));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.statement().board, u"Servicenämnden"_s);
    // Every keystroke is still announced; only the first changes the modified flag.
    const QStringList log = spies.take();
    QCOMPARE(log.count(u"fieldChanged(/board)"_s), 5);
    QCOMPARE(log.count(u"modifiedChanged(true)"_s), 1);

    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
    QVERIFY(!document.undoStack()->canUndo());
    document.undoStack()->redo();
    QCOMPARE(document.statement().board, u"Servicenämnden"_s);
}

void TestStatementDocument::logoDescriptionGoesWithTheLogo()
{
    StatementDocument document(Example::statement());
    const Logo logo{u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(16, '\0'), QString()};
    YTTRA_VERIFY_OK(document.setField(u"/logo"_s, QVariant::fromValue(logo), StatementDocument::Merge::Separate));
    for (const QString &text : {u"S"_s, u"Sjö"_s, u"Sjöviks kommun"_s})
        YTTRA_VERIFY_OK(document.setField(u"/logo/description"_s, text));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.statement().logo.description, u"Sjöviks kommun"_s);
    QCOMPARE(document.undoStack()->undoText(), u"Edit logo description"_s);
    // Removing the logo takes its description; undo brings both back.
    YTTRA_VERIFY_OK(document.setField(u"/logo"_s, QVariant::fromValue(Logo()), StatementDocument::Merge::Separate));
    QVERIFY(document.statement().logo.isEmpty());
    QVERIFY(!StatementFields::value(document.statement(), u"/logo/description"));
    document.undoStack()->undo();
    QCOMPARE(document.statement().logo.description, u"Sjöviks kommun"_s);
    document.undoStack()->undo();
    QCOMPARE(document.statement().logo.description, QString());
    QCOMPARE(document.statement().logo.data, logo.data);
}

void TestStatementDocument::differentFieldBreaksMerge()
{
    StatementDocument document(Example::statement());
    const Statement before = document.statement();

    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"A"_s));
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"AB"_s));
    YTTRA_VERIFY_OK(document.setField(u"/office"_s, u"C"_s));
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"ABD"_s));
    // The same member name in another item is another field.
    YTTRA_VERIFY_OK(document.setField(u"/items/0/text"_s, u"E"_s));
    YTTRA_VERIFY_OK(document.setField(u"/items/1/text"_s, u"F"_s));
    QCOMPARE(document.undoStack()->count(), 5);

    document.undoStack()->undo();
    QCOMPARE(document.statement().items.at(1).text, before.items.at(1).text);
    QCOMPARE(document.statement().items.at(0).text, u"E"_s);
    document.undoStack()->undo();
    QCOMPARE(document.statement().items.at(0).text, before.items.at(0).text);
    document.undoStack()->undo();
    QCOMPARE(document.statement().board, u"AB"_s);
    document.undoStack()->undo();
    QCOMPARE(document.statement().office, before.office);
    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
}

void TestStatementDocument::separateDoesNotMerge()
{
    using Merge = StatementDocument::Merge;
    StatementDocument document(Example::statement());
    const Statement before = document.statement();

    YTTRA_VERIFY_OK(document.setField(u"/measures/0/status"_s, u"done"_s, Merge::Separate));
    YTTRA_VERIFY_OK(document.setField(u"/measures/0/status"_s, u"cancelled"_s, Merge::Separate));
    QCOMPARE(document.undoStack()->count(), 2);

    // Neither may a typed edit join a separate one, nor a separate one a typed one.
    YTTRA_VERIFY_OK(document.setField(u"/measures/0/status"_s, u"planned"_s, Merge::Typing));
    YTTRA_VERIFY_OK(document.setField(u"/measures/0/status"_s, u"transferred"_s, Merge::Separate));
    QCOMPARE(document.undoStack()->count(), 4);

    document.undoStack()->undo();
    QCOMPARE(document.statement().measures.at(0).status, MeasureStatus::Planned);
    document.undoStack()->undo();
    QCOMPARE(document.statement().measures.at(0).status, MeasureStatus::Cancelled);
    document.undoStack()->undo();
    QCOMPARE(document.statement().measures.at(0).status, MeasureStatus::Done);
    document.undoStack()->undo();
    VERIFY_STATEMENT(document.statement(), before);
}

void TestStatementDocument::typingBackIsObsolete()
{
    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    const QString original = before.items.at(0).response.expectedEffect;
    QSignalSpy modified(&document, &StatementDocument::modifiedChanged);

    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, QString(original + u"x"_s)));
    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, QString(original + u"xy"_s)));
    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, QString(original + u"x"_s)));
    QVERIFY(document.isModified());
    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, original));

    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.undoStack()->canUndo());
    QVERIFY(!document.isModified());
    VERIFY_STATEMENT(document.statement(), before);
    QCOMPARE(modified.size(), 2);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QCOMPARE(modified.at(1).at(0).toBool(), false);

    // The same after a save: back at the saved text is clean, with the earlier step kept.
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Servicenämnden"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    YTTRA_VERIFY_OK(document.saveAs(dir.filePath(u"s.yttrande"_s)));
    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, u"z"_s));
    YTTRA_VERIFY_OK(document.setField(u"/items/0/response/expectedEffect"_s, original));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!document.isModified());
}

void TestStatementDocument::typingBackOnReviewState()
{
    // Choosing a state and choosing "draft" again on a statement without a review leaves
    // it without a review, with nothing to undo.
    StatementDocument document(Example::statement());
    const Statement before = document.statement();

    YTTRA_VERIFY_OK(document.setField(u"/review/state"_s, u"inReview"_s));
    YTTRA_VERIFY_OK(document.setField(u"/review/state"_s, u"draft"_s));
    VERIFY_STATEMENT(document.statement(), before);
    QVERIFY(!document.statement().review);
    QVERIFY(!document.isModified());
    QVERIFY(!document.undoStack()->canUndo());
}

void TestStatementDocument::noOpEdits_data()
{
    QTest::addColumn<Action>("action");

    QTest::newRow("same board") << Action([](StatementDocument &d) { return d.setField(u"/board"_s, u"Kommunstyrelsen"_s); });
    QTest::newRow("same deadline")
        << Action([](StatementDocument &d) { return d.setField(u"/items/0/response/deadline"_s, u"2026"_s); });
    QTest::newRow("same addressees") << Action([](StatementDocument &d) {
        return d.setField(u"/audit/addressees"_s, QStringList{u"Kommunstyrelsen"_s, u"Samhällsbyggnadsnämnden"_s});
    });
    QTest::newRow("draft without review")
        << Action([](StatementDocument &d) { return d.setField(u"/review/state"_s, u"draft"_s); });
    QTest::newRow("move item onto itself") << Action([](StatementDocument &d) { return d.moveItem(2, 2); });
    QTest::newRow("move measure onto itself") << Action([](StatementDocument &d) { return d.moveMeasure(0, 0); });
    QTest::newRow("link again") << Action([](StatementDocument &d) { return d.link(0, u"r2"_s); });
    QTest::newRow("unlink what is not linked") << Action([](StatementDocument &d) { return d.unlink(0, u"r6"_s); });
    QTest::newRow("move signature onto itself") << Action([](StatementDocument &d) { return d.moveSignature(1, 1); });
    QTest::newRow("the measures an item has") << Action([](StatementDocument &d) {
        const QList<Measure> &m = d.statement().measures;
        return d.setMeasuresOfItem(u"r2"_s, {m.at(3).id, m.at(0).id, m.at(2).id});
    });
    QTest::newRow("the items a measure has, in another order")
        << Action([](StatementDocument &d) { return d.setItemsOfMeasure(1, {u"r3"_s, u"b1"_s, u"r1"_s}); });
}

void TestStatementDocument::noOpEdits()
{
    QFETCH(Action, action);

    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    Spies spies(&document);

    const auto result = action(document);
    YTTRA_VERIFY_OK(result);
    QCOMPARE(result.value(), StatementDocument::Change::None);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(spies.take(), QStringList());
    QVERIFY(!document.isModified());
    VERIFY_STATEMENT(document.statement(), before);
}

void TestStatementDocument::invalidEdits_data()
{
    QTest::addColumn<Action>("action");

    auto field = [](const char *name, const QString &pointer, const QVariant &value) {
        QTest::newRow(name) << Action([pointer, value](StatementDocument &d) { return d.setField(pointer, value); });
    };
    auto row = [](const char *name, const Action &action) { QTest::newRow(name) << action; };

    // Values that do not fit their field.
    field("deadline in words", u"/items/0/response/deadline"_s, u"Q1 2021"_s);
    field("deadline month 13", u"/measures/0/deadline"_s, u"2022-13"_s);
    field("deadline Swedish ongoing", u"/measures/0/deadline"_s, u"löpande"_s);
    field("date February 30", u"/date"_s, u"2022-02-30"_s);
    field("date short", u"/dueDate"_s, u"2022-1-1"_s);
    field("date with time", u"/period/from"_s, u"2022-01-01T00:00"_s);
    field("date in words", u"/audit/reportDate"_s, u"igår"_s);
    field("period to", u"/period/to"_s, u"20220131"_s);
    field("statement kind", u"/kind"_s, u"second"_s);
    field("logo as text", u"/logo"_s, u"logo.png"_s);
    field("description without a logo", u"/logo/description"_s, u"Sjöviks kommun"_s);
    field("item kind case", u"/items/0/kind"_s, u"Recommendation"_s);
    field("item kind empty", u"/items/0/kind"_s, u""_s);
    field("measure status", u"/measures/0/status"_s, u"finished"_s);
    // Must not leave an empty review behind on a statement that has none.
    field("review state", u"/review/state"_s, u"archived"_s);

    // Pointers that name no editable field.
    field("unknown member", u"/nope"_s, u"x"_s);
    field("no slash", u"board"_s, u"x"_s);
    field("empty pointer", u""_s, u"x"_s);
    field("root", u"/"_s, u"x"_s);
    field("trailing slash", u"/board/"_s, u"x"_s);
    field("item id", u"/items/0/id"_s, u"x"_s);
    field("whole response", u"/items/0/response"_s, u"x"_s);
    field("unknown response member", u"/items/0/response/owner"_s, u"x"_s);
    field("measure links", u"/measures/0/items"_s, QStringList{u"r1"_s});
    field("measure id", u"/measures/0/id"_s, u"x"_s);
    field("review comments", u"/review/comments"_s, u"x"_s);
    field("audit as a whole", u"/audit"_s, u"x"_s);
    field("below a date", u"/period/from/x"_s, u"2022-01-01"_s);
    field("item index too large", u"/items/7/text"_s, u"x"_s);
    field("item index negative", u"/items/-1/text"_s, u"x"_s);
    field("item index leading zero", u"/items/01/text"_s, u"x"_s);
    field("item index plus", u"/items/+1/text"_s, u"x"_s);
    field("item index word", u"/items/first/text"_s, u"x"_s);
    field("measure index too large", u"/measures/10/title"_s, u"x"_s);
    field("signature index too large", u"/signatures/2/name"_s, u"x"_s);

    // Indexes out of range.
    row("insert item before start", [](StatementDocument &d) { return d.insertItem(-1, newItem(u"q"_s)); });
    row("insert item past end", [](StatementDocument &d) { return d.insertItem(8, newItem(u"q"_s)); });
    row("remove item negative", [](StatementDocument &d) { return d.removeItem(-1); });
    row("remove item past end", [](StatementDocument &d) { return d.removeItem(7); });
    row("move item from past end", [](StatementDocument &d) { return d.moveItem(7, 0); });
    row("move item to past end", [](StatementDocument &d) { return d.moveItem(0, 7); });
    row("move item to negative", [](StatementDocument &d) { return d.moveItem(0, -1); });
    row("insert measure past end", [](StatementDocument &d) { return d.insertMeasure(11, newMeasure(u"m11"_s)); });
    row("insert measure before start", [](StatementDocument &d) { return d.insertMeasure(-1, newMeasure(u"m11"_s)); });
    row("remove measure past end", [](StatementDocument &d) { return d.removeMeasure(10); });
    row("move measure from negative", [](StatementDocument &d) { return d.moveMeasure(-1, 0); });
    row("move measure to past end", [](StatementDocument &d) { return d.moveMeasure(0, 10); });
    row("link measure past end", [](StatementDocument &d) { return d.link(10, u"r1"_s); });
    row("unlink measure negative", [](StatementDocument &d) { return d.unlink(-1, u"r1"_s); });
    row("duplicate item past end", [](StatementDocument &d) { return d.duplicateItem(7); });
    row("duplicate item negative", [](StatementDocument &d) { return d.duplicateItem(-1); });
    row("insert signature past end", [](StatementDocument &d) { return d.insertSignature(3, Signature()); });
    row("insert signature before start", [](StatementDocument &d) { return d.insertSignature(-1, Signature()); });
    row("remove signature past end", [](StatementDocument &d) { return d.removeSignature(2); });
    row("move signature from negative", [](StatementDocument &d) { return d.moveSignature(-1, 0); });
    row("move signature to past end", [](StatementDocument &d) { return d.moveSignature(0, 2); });
    row("items of a measure past end", [](StatementDocument &d) { return d.setItemsOfMeasure(10, {u"r1"_s}); });

    // Ids.
    row("insert item duplicate id", [](StatementDocument &d) { return d.insertItem(0, newItem(u"r3"_s)); });
    row("insert item empty id", [](StatementDocument &d) { return d.insertItem(0, newItem(QString())); });
    row("insert item id with space", [](StatementDocument &d) { return d.insertItem(0, newItem(u"r 8"_s)); });
    row("insert item id with newline", [](StatementDocument &d) { return d.insertItem(0, newItem(u"r8\n"_s)); });
    row("insert measure duplicate id", [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m10"_s)); });
    row("insert measure empty id", [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(QString())); });
    row("insert measure id with slash", [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m/1"_s)); });

    // Links.
    row("link missing item", [](StatementDocument &d) { return d.link(0, u"r99"_s); });
    row("link empty id", [](StatementDocument &d) { return d.link(0, QString()); });
    row("link measure id", [](StatementDocument &d) { return d.link(0, u"m2"_s); });
    row("insert measure linking missing item",
        [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m11"_s, {u"r1"_s, u"r99"_s})); });
    row("insert measure linking twice",
        [](StatementDocument &d) { return d.insertMeasure(0, newMeasure(u"m11"_s, {u"r1"_s, u"r1"_s})); });
    // Setting all links at once checks all of them before it changes any.
    row("items of a measure with a missing item",
        [](StatementDocument &d) { return d.setItemsOfMeasure(0, {u"r3"_s, u"r99"_s}); });
    row("items of a measure twice", [](StatementDocument &d) { return d.setItemsOfMeasure(0, {u"r3"_s, u"r3"_s}); });
    row("measures of a missing item", [](StatementDocument &d) { return d.setMeasuresOfItem(u"r99"_s, {}); });
    row("measures of an item with a missing measure", [](StatementDocument &d) {
        return d.setMeasuresOfItem(u"r1"_s, {d.statement().measures.at(3).id, u"m99"_s});
    });
}

void TestStatementDocument::invalidEdits()
{
    QFETCH(Action, action);

    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    Spies spies(&document);

    const auto result = action(document);
    QVERIFY2(!result.ok(), "the edit was accepted");
    QVERIFY2(!result.error().trimmed().isEmpty(), "an error must say why");
    VERIFY_STATEMENT(document.statement(), before);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(spies.take(), QStringList());
    QVERIFY(!document.isModified());
}

void TestStatementDocument::readOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeVersion2File(dir);
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = test::readFile(path);

    auto opened = StatementDocument::open(path);
    YTTRA_VERIFY_OK(opened);
    StatementDocument &document = *opened.value();
    QVERIFY(document.isReadOnly());
    QVERIFY(!document.readOnlyReason().isEmpty());
    QCOMPARE(document.fileName(), path);
    VERIFY_STATEMENT(document.statement(), Example::statement());
    const Statement before = document.statement();
    Spies spies(&document);

    for (const auto &[name, edit] : everyEdit()) {
        const auto result = edit(document);
        QVERIFY2(!result.ok(), name);
        QCOMPARE(result.error(), document.readOnlyReason());
    }
    VERIFY_STATEMENT(document.statement(), before);
    QCOMPARE(document.undoStack()->count(), 0);
    // Whoever else has it open, the newer version's reason stays, and so does the state.
    document.setReadOnly(u"Kalle Anka has the file open"_s);
    const auto editable = document.setEditable();
    QVERIFY(!editable.ok());
    QCOMPARE(editable.error(), document.readOnlyReason());
    QVERIFY(document.isReadOnly());
    QVERIFY(!document.readOnlyReason().contains(u"Kalle"_s));

    // Neither into its own file nor anywhere else.
    const auto saved = document.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, FileError::Kind::CannotWrite);
    QCOMPARE(test::readFile(path), bytes);

    const QString other = dir.filePath(u"other.yttrande"_s);
    const auto savedAs = document.saveAs(other);
    QVERIFY(!savedAs.ok());
    QCOMPARE(savedAs.error().kind, FileError::Kind::CannotWrite);
    QVERIFY(!savedAs.error().message.isEmpty());
    QVERIFY(!QFile::exists(other));
    QCOMPARE(document.fileName(), path);
    QCOMPARE(spies.take(), QStringList());
}

void TestStatementDocument::setReadOnlyRefusesEveryEdit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"delad.yttrande"_s);
    StatementDocument document(exampleWithReview());
    YTTRA_VERIFY_OK(document.saveAs(path));
    // A step to undo and one to redo, so that refusing them is not just an empty stack.
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Kommunstyrelsen A"_s, StatementDocument::Merge::Separate));
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Kommunstyrelsen B"_s, StatementDocument::Merge::Separate));
    YTTRA_VERIFY_OK(document.undo());
    QVERIFY(document.undoStack()->canUndo() && document.undoStack()->canRedo());
    const Statement before = document.statement();
    const int index = document.undoStack()->index();
    const QByteArray bytes = test::readFile(path);
    Spies spies(&document);

    const QString reason = u"Kalle Anka has the file open on DATOR since 09:30."_s;
    document.setReadOnly(reason);
    QVERIFY(document.isReadOnly());
    QCOMPARE(document.readOnlyReason(), reason);
    QCOMPARE(spies.take(), QStringList{u"readOnlyChanged(true)"_s});

    for (const auto &[name, edit] : everyEdit()) {
        const auto result = edit(document);
        QVERIFY2(!result.ok(), name);
        QCOMPARE(result.error(), reason);
    }
    VERIFY_STATEMENT(document.statement(), before);
    QCOMPARE(document.undoStack()->index(), index);
    // Not into its own file, which someone else has open.
    const auto saved = document.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, reason);
    QCOMPARE(test::readFile(path), bytes);
    QCOMPARE(spies.take(), QStringList());

    // The other user closed it: editable again, with nothing lost.
    YTTRA_VERIFY_OK(document.setEditable());
    QVERIFY(!document.isReadOnly());
    QVERIFY(document.readOnlyReason().isEmpty());
    QCOMPARE(spies.take(), QStringList{u"readOnlyChanged(false)"_s});
    YTTRA_VERIFY_OK(document.redo());
    QCOMPARE(document.statement().board, u"Kommunstyrelsen B"_s);
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Kommunstyrelsen C"_s));
}

void TestStatementDocument::readOnlyCopyIsEditable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"delad.yttrande"_s);
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.saveAs(path));
    document.setReadOnly(u"You opened the file read-only."_s);

    // Save As makes a file of the user's own, which nobody else has open.
    const QString copy = dir.filePath(u"kopia.yttrande"_s);
    QSignalSpy changes(&document, &StatementDocument::readOnlyChanged);
    YTTRA_VERIFY_OK(document.saveAs(copy));
    QCOMPARE(document.fileName(), copy);
    QVERIFY(!document.isReadOnly());
    QCOMPARE(changes.size(), 1);
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Kommunstyrelsen C"_s));
}

void TestStatementDocument::modifiedFollowsCleanState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StatementDocument document(Example::statement());
    QSignalSpy modified(&document, &StatementDocument::modifiedChanged);
    auto lastModified = [&modified] { return modified.isEmpty() ? QVariant() : modified.takeLast().at(0); };

    QVERIFY(!document.isModified());

    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"A"_s));
    QVERIFY(document.isModified());
    QCOMPARE(lastModified(), QVariant(true));

    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(lastModified(), QVariant(false));

    document.undoStack()->redo();
    QVERIFY(document.isModified());
    QCOMPARE(lastModified(), QVariant(true));

    YTTRA_VERIFY_OK(document.saveAs(dir.filePath(u"a.yttrande"_s)));
    QVERIFY(!document.isModified());
    QCOMPARE(lastModified(), QVariant(false));

    // Saved after the first step: a new step may not merge into the saved one.
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"AB"_s));
    QVERIFY(document.isModified());
    QCOMPARE(lastModified(), QVariant(true));
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.statement().board, u"A"_s);
    QCOMPARE(lastModified(), QVariant(false));

    // Before the saved state is modified too.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(lastModified(), QVariant(true));

    document.undoStack()->redo();
    QCOMPARE(lastModified(), QVariant(false));
    YTTRA_VERIFY_OK(document.save());
    QVERIFY(modified.isEmpty()); // still clean at the saved state: nothing to announce
    QVERIFY(!document.isModified());

    YTTRA_VERIFY_OK(document.insertItem(0, newItem(u"q1"_s)));
    QVERIFY(document.isModified());
    YTTRA_VERIFY_OK(document.save());
    QVERIFY(!document.isModified());
    QCOMPARE(lastModified(), QVariant(false));
}

void TestStatementDocument::saveAsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StatementDocument document(Example::statement());
    QSignalSpy fileNames(&document, &StatementDocument::fileNameChanged);
    QVERIFY(document.fileName().isEmpty());

    YTTRA_VERIFY_OK(document.setField(u"/items/2/response/deadline"_s, u"2027-T2"_s));
    YTTRA_VERIFY_OK(document.insertItem(7, newItem(u"q1"_s)));
    YTTRA_VERIFY_OK(document.link(0, u"q1"_s));
    YTTRA_VERIFY_OK(document.setField(u"/review/state"_s, u"approved"_s));
    YTTRA_VERIFY_OK(document.setField(u"/audit/addressees"_s, QStringList{u"Kommunstyrelsen"_s}));

    const QString path = dir.filePath(u"yttrande.yttrande"_s);
    YTTRA_VERIFY_OK(document.saveAs(path));
    QCOMPARE(document.fileName(), path);
    QCOMPARE(fileNames.size(), 1);
    QCOMPARE(fileNames.at(0).at(0).toString(), path);
    QVERIFY(!document.isModified());
    QCOMPARE(test::readFile(path), JsonFormat::write(document.statement()));

    auto reopened = StatementDocument::open(path);
    YTTRA_VERIFY_OK(reopened);
    QVERIFY(!reopened.value()->isReadOnly());
    QVERIFY(!reopened.value()->isModified());
    QCOMPARE(reopened.value()->fileName(), path);
    VERIFY_STATEMENT(reopened.value()->statement(), document.statement());

    // save() writes to the same file; the reopened document edits and saves on its own.
    StatementDocument &second = *reopened.value();
    YTTRA_VERIFY_OK(second.removeItem(0));
    YTTRA_VERIFY_OK(second.save());
    QVERIFY(!second.isModified());
    auto third = StatementDocument::open(path);
    YTTRA_VERIFY_OK(third);
    VERIFY_STATEMENT(third.value()->statement(), second.statement());

    // Saving under another name moves the document there and leaves the old file alone.
    const QByteArray firstFile = test::readFile(path);
    const QString copy = dir.filePath(u"kopia.yttrande"_s);
    YTTRA_VERIFY_OK(second.setField(u"/board"_s, u"Servicenämnden"_s));
    YTTRA_VERIFY_OK(second.saveAs(copy));
    QCOMPARE(second.fileName(), copy);
    QCOMPARE(test::readFile(path), firstFile);
    auto fourth = StatementDocument::open(copy);
    YTTRA_VERIFY_OK(fourth);
    QCOMPARE(fourth.value()->statement().board, u"Servicenämnden"_s);
}

void TestStatementDocument::saveWithoutFileName()
{
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"A"_s));
    const auto saved = document.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, FileError::Kind::CannotWrite);
    QVERIFY(!saved.error().message.isEmpty());
    QVERIFY(document.isModified());
}

void TestStatementDocument::saveAsFailureKeepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"A"_s));
    QSignalSpy fileNames(&document, &StatementDocument::fileNameChanged);

    const QString path = dir.filePath(u"saknas/yttrande.yttrande"_s);
    const auto saved = document.saveAs(path);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().text().isEmpty());
    QVERIFY(document.isModified());
    QVERIFY(document.fileName().isEmpty());
    QCOMPARE(fileNames.size(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestStatementDocument::undoText_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("top level") << u"/board"_s << QVariant(u"Servicenämnden"_s) << u"Edit board"_s;
    QTest::newRow("item response") << u"/items/2/response/expectedEffect"_s << QVariant(u"Bättre."_s)
                                   << u"Edit expected effect (item 3)"_s;
    QTest::newRow("measure") << u"/measures/0/status"_s << QVariant(u"done"_s) << u"Edit status (measure 1)"_s;
    QTest::newRow("audit title") << u"/audit/title"_s << QVariant(u"Ny titel"_s) << u"Edit audit title"_s;
    QTest::newRow("measure title") << u"/measures/1/title"_s << QVariant(u"Ny titel"_s) << u"Edit title (measure 2)"_s;
}

// The Edit menu says what will be undone in words, not as a JSON pointer.
void TestStatementDocument::undoText()
{
    QFETCH(QString, pointer);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.setField(pointer, value));
    QCOMPARE(document.undoStack()->undoText(), text);
    QCOMPARE(StatementFields::label(u"/no/such/field"), u"/no/such/field"_s);
}

// A field that commits its text on a pause in typing is asked to commit it before undo, so
// that undo takes back what was typed last rather than the edit before it.
void TestStatementDocument::undoCommitsPendingEditsFirst()
{
    StatementDocument document(Example::statement());
    const QString before = document.statement().board;
    YTTRA_VERIFY_OK(document.setField(u"/audit/title"_s, u"Granskning av informationssäkerheten"_s));
    QString pending = u"Kommunstyrelsen i Sjövik"_s;
    connect(&document, &StatementDocument::pendingEditsRequested, &document, [&document, &pending] {
        if (!pending.isEmpty())
            YTTRA_VERIFY_OK(document.setField(u"/board"_s, std::exchange(pending, QString())));
    });

    const auto undone = document.undo();
    YTTRA_VERIFY_OK(undone);
    QCOMPARE(undone.value(), StatementDocument::Change::Made);
    QVERIFY(pending.isEmpty());
    // The committed text was undone; the edit before it stays.
    QCOMPARE(document.statement().board, before);
    QCOMPARE(document.statement().audit.title, u"Granskning av informationssäkerheten"_s);
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->index(), 1);
}

void TestStatementDocument::redoCommitsPendingEditsFirst()
{
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Kommunstyrelsen i Sjövik"_s));
    YTTRA_VERIFY_OK(document.undo());
    // As an editor does: what waits is committed once (committing is itself a change, which
    // asks again).
    QString pending = u"Ny titel"_s;
    connect(&document, &StatementDocument::pendingEditsRequested, &document, [&document, &pending] {
        // What is committed now is newer than what could be redone.
        if (!pending.isEmpty())
            YTTRA_VERIFY_OK(document.setField(u"/audit/title"_s, std::exchange(pending, QString())));
    });
    const auto redone = document.redo();
    YTTRA_VERIFY_OK(redone);
    QVERIFY(pending.isEmpty());
    QCOMPARE(redone.value(), StatementDocument::Change::None);
    QCOMPARE(document.statement().audit.title, u"Ny titel"_s);
    QVERIFY(document.statement().board != u"Kommunstyrelsen i Sjövik"_s);

    // Read-only, nothing is asked: an edit would be refused anyway.
    pending = u"Titel under läsning"_s;
    document.setReadOnly(u"test"_s);
    QVERIFY(!document.undo().ok());
    QCOMPARE(pending, u"Titel under läsning"_s);
}

void TestStatementDocument::everyChangeCommitsPendingEditsFirst()
{
    // Text waiting in a field of item 2 is committed before item 2 moves, so it lands in that
    // item and is a step of its own.
    StatementDocument document(Example::statement());
    const QString id = document.statement().items.at(2).id;
    QString pending = u"Väntande text."_s;
    connect(&document, &StatementDocument::pendingEditsRequested, &document, [&document, &pending] {
        if (!pending.isEmpty())
            YTTRA_VERIFY_OK(document.setField(u"/items/2/text"_s, std::exchange(pending, QString())));
    });
    YTTRA_VERIFY_OK(document.moveItem(2, 0));
    QVERIFY(pending.isEmpty());
    QCOMPARE(document.statement().items.at(0).id, id);
    QCOMPARE(document.statement().items.at(0).text, u"Väntande text."_s);
    QCOMPARE(document.undoStack()->count(), 2);

    // Saving commits too: the file holds what the field shows.
    QTemporaryDir dir;
    pending = u"Sparad text."_s;
    YTTRA_VERIFY_OK(document.saveAs(dir.filePath(u"s.yttrande"_s)));
    QVERIFY(pending.isEmpty());
    const auto reread = StatementFile::load(dir.filePath(u"s.yttrande"_s));
    YTTRA_VERIFY_OK(reread);
    QCOMPARE(reread.value().statement.items.at(2).text, u"Sparad text."_s);
}

QTEST_GUILESS_MAIN(TestStatementDocument)

#include "tst_statementdocument.moc"
