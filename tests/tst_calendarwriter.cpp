// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar writer: folding, escaping and the file's shape, and the file read back by
// python3-icalendar, a reader we did not write (tests/icalcheck.py).
#include "calendar/calendarwriter.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using yttra::CalendarEntry;
using yttra::CalendarWriter;

class TestCalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void escaped_data();
    void escaped();
    void folded_data();
    void folded();
    void fileShape();
    void readByIcalendar();
};

void TestCalendarWriter::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"Åtgärd 3"_s << u"Åtgärd 3"_s;
    QTest::newRow("reserved characters") << u"a;b,c\\d"_s << u"a\\;b\\,c\\\\d"_s;
    QTest::newRow("line breaks of every kind") << u"ett\ntvå\r\ntre\rfyra"_s << u"ett\\ntvå\\ntre\\nfyra"_s;
    QTest::newRow("a control character") << u"a\u0007b"_s << u"a b"_s;
}

void TestCalendarWriter::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QCOMPARE(CalendarWriter::escaped(text), value);
}

void TestCalendarWriter::folded_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("short") << u"SUMMARY:Kort"_s;
    QTest::newRow("exactly 75 octets") << u"SUMMARY:"_s + QString(67, u'x');
    QTest::newRow("long ASCII") << u"DESCRIPTION:"_s + QString(300, u'a');
    QTest::newRow("two-byte letters across every cut") << u"SUMMARY:"_s + QString(200, u'å');
    QTest::newRow("three-byte characters") << u"SUMMARY:"_s + QString(90, QChar(0x2013)) + u"x"_s;
}

void TestCalendarWriter::folded()
{
    QFETCH(QString, line);
    const QByteArray out = CalendarWriter::folded(line);
    QVERIFY(out.endsWith("\r\n"));
    const QList<QByteArray> physical = out.chopped(2).split('\n');
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY2(part.endsWith('\r'), "every line ends in CRLF");
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(part.size())));
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        // No cut inside a character: each physical line is valid UTF-8 on its own.
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        unfolded += part;
    }
    QCOMPARE(QString::fromUtf8(unfolded), line);
}

namespace {

QDateTime stamp()
{
    return QDateTime(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC);
}

QList<CalendarEntry> entries()
{
    CalendarEntry deadline;
    deadline.uid = u"m2.r3.ks-2025-17@yttra"_s;
    deadline.date = QDate(2025, 9, 30);
    deadline.summary = u"Kommunstyrelsen: ta fram en plan för intern kontroll; ansvarig stadsdirektören"_s;
    deadline.description = u"Granskning av intern kontroll, KS 2025/17\nRekommendation 3: Säkerställ att riskanalyser "
                           "görs årligen, dokumenteras och följs upp. Åtgärden ska vara klar senast den 30 september."_s;
    deadline.categories = {u"Yttra"_s, u"Kommunstyrelsen"_s};
    CalendarEntry due;
    due.uid = u"due.first.ks-2025-17@yttra"_s;
    due.kind = CalendarEntry::Kind::Todo;
    due.date = QDate(2025, 3, 31);
    due.summary = u"Yttrande till revisorerna, Kommunstyrelsen"_s;
    CalendarEntry done = due;
    done.uid = u"due.followUp.ks-2024-3@yttra"_s;
    done.done = true;
    CalendarEntry undated;
    undated.uid = u"undated@yttra"_s;
    undated.summary = u"Ingen dag"_s;
    return {deadline, due, done, undated};
}

} // namespace

void TestCalendarWriter::fileShape()
{
    const QByteArray file = CalendarWriter::write(entries(), u"Yttra – åtgärder"_s, stamp());
    QVERIFY(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(file.endsWith("END:VCALENDAR\r\n"));
    // Every line break is CRLF.
    QCOMPARE(file.count('\n'), file.count("\r\n"));
    QCOMPARE(file.count("BEGIN:VEVENT\r\n"), 1);
    QCOMPARE(file.count("BEGIN:VTODO\r\n"), 2); // the entry without a date is left out
    QVERIFY(file.contains("DTSTART;VALUE=DATE:20250930\r\nDTEND;VALUE=DATE:20251001\r\n"));
    QVERIFY(file.contains("DUE;VALUE=DATE:20250331\r\nSTATUS:NEEDS-ACTION\r\n"));
    QVERIFY(file.contains("STATUS:COMPLETED\r\n"));
    QVERIFY(file.contains("DTSTAMP:20261207T200000Z\r\n"));
    QVERIFY(!file.contains("undated"));
    // The same input gives the same file: the stamp is given, nothing else varies.
    QCOMPARE(CalendarWriter::write(entries(), u"Yttra – åtgärder"_s, stamp()), file);
}

void TestCalendarWriter::readByIcalendar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"deadlines.ics"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(CalendarWriter::write(entries(), u"Yttra – åtgärder, KS"_s, stamp()));
    f.close();

    QProcess python;
    python.start(QStringLiteral(YTTRA_PYTHON), {QStringLiteral(YTTRA_TEST_DATA "/../icalcheck.py"), path});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, qPrintable(u"python3-icalendar could not read the file (run scripts/install-deps for "
                                                "python3-icalendar): "_s + QString::fromUtf8(python.readAllStandardError())));
    const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(read.value(u"version"_s).toString(), u"2.0"_s);
    QCOMPARE(read.value(u"name"_s).toString(), u"Yttra – åtgärder, KS"_s);
    const QJsonArray components = read.value(u"components"_s).toArray();
    QCOMPARE(components.size(), 3);

    const QJsonObject event = components.at(0).toObject();
    QCOMPARE(event.value(u"kind"_s).toString(), u"VEVENT"_s);
    QCOMPARE(event.value(u"uid"_s).toString(), u"m2.r3.ks-2025-17@yttra"_s);
    QCOMPARE(event.value(u"dtstart"_s).toString(), u"2025-09-30"_s);
    QCOMPARE(event.value(u"dtend"_s).toString(), u"2025-10-01"_s);
    QCOMPARE(event.value(u"summary"_s).toString(), entries().at(0).summary);
    QCOMPARE(event.value(u"description"_s).toString(), entries().at(0).description);
    QCOMPARE(event.value(u"categories"_s).toArray(), (QJsonArray{u"Yttra"_s, u"Kommunstyrelsen"_s}));
    QCOMPARE(event.value(u"dtstamp"_s).toString(), u"2026-12-07T20:00:00+00:00"_s);

    const QJsonObject todo = components.at(1).toObject();
    QCOMPARE(todo.value(u"kind"_s).toString(), u"VTODO"_s);
    QCOMPARE(todo.value(u"due"_s).toString(), u"2025-03-31"_s);
    QCOMPARE(todo.value(u"status"_s).toString(), u"NEEDS-ACTION"_s);
    QCOMPARE(components.at(2).toObject().value(u"status"_s).toString(), u"COMPLETED"_s);
}

QTEST_GUILESS_MAIN(TestCalendarWriter)
#include "tst_calendarwriter.moc"
