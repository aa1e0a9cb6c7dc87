// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/savefile.h"
#include "document/statementdocument.h"
#include "format/example.h"
#include "format/jsontext.h"
#include "format/statementfile.h"
#include "session/localsystem.h"
#include "session/recovery.h"
#include "session/settings.h"
#include "testhelpers.h"

#include <QCborMap>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace yttra;

namespace {

QStringList recoveryFiles(const QString &folder)
{
    return QDir(folder).entryList({u"*"_s + Recovery::fileSuffix}, QDir::Files);
}

// Rewrites what a recovery file says about the process that wrote it.
void setWriter(const QString &file, const QString &host, qint64 pid)
{
    auto parsed = JsonText::parse(test::readFile(file));
    QVERIFY(parsed.ok());
    QCborMap root = parsed.value().toMap();
    QCborMap meta = root.value(u"yttraRecovery"_s).toMap();
    meta.insert(u"host"_s, host);
    meta.insert(u"pid"_s, pid);
    root.insert(u"yttraRecovery"_s, meta);
    YTTRA_VERIFY_OK(SaveFile::write(file, JsonText::serialize(root)));
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesOnTimerWhenModified();
    void saveNowWritesAtOnce();
    void pendingEditsAreKept();
    void pendingAfterCrash();
    void notPendingWhileSomeoneWorksOnIt();
    void recoverGivesModifiedDocument();
    void removedAfterSave();
    void removedAfterDiscard();
    void removedWhenUndoneToSaved();
    void boardlessDraftIsNeverLost();
    void intervalFromSettings();
    void writeFailureIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"recovery"_s);
}

void TestRecovery::writesOnTimerWhenModified()
{
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    recovery.setInterval(50ms);
    QSignalSpy written(&recovery, &Recovery::written);

    // Nothing to keep while nothing is changed.
    QTest::qWait(200);
    QVERIFY(recoveryFiles(m_folder).isEmpty());

    YTTRA_VERIFY_OK(document.setField(u"/summary"_s, u"Nämnden delar revisorernas bedömning."_s));
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(recoveryFiles(m_folder).size(), 1);
    QCOMPARE(QFileInfo(recovery.recoveryFile()).absolutePath(), QFileInfo(m_folder).absoluteFilePath());

    auto recovered = Recovery::recover(recovery.recoveryFile());
    YTTRA_VERIFY_OK(recovered);
    QVERIFY(recovered.value()->statement() == document.statement());

    // Steady typing is written every interval, not postponed until it stops.
    for (int i = 0; i < 8; ++i) {
        YTTRA_VERIFY_OK(document.setField(u"/summary"_s, QString(document.statement().summary + u" Mer."_s)));
        QTest::qWait(20);
    }
    QTRY_VERIFY(written.size() >= 3);
    recovered = Recovery::recover(recovery.recoveryFile());
    YTTRA_VERIFY_OK(recovered);
    QTRY_VERIFY(Recovery::recover(recovery.recoveryFile()).value()->statement() == document.statement());
}

void TestRecovery::saveNowWritesAtOnce()
{
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    recovery.setInterval(1h);
    QSignalSpy written(&recovery, &Recovery::written);

    YTTRA_VERIFY_OK(recovery.saveNow()); // not modified: nothing to write
    QVERIFY(recoveryFiles(m_folder).isEmpty());

    YTTRA_VERIFY_OK(document.setField(u"/board"_s, u"Servicenämnden"_s));
    YTTRA_VERIFY_OK(recovery.saveNow());
    QCOMPARE(written.size(), 1);
    QVERIFY(QFileInfo::exists(recovery.recoveryFile()));
    QCOMPARE(Recovery::recover(recovery.recoveryFile()).value()->statement().board, u"Servicenämnden"_s);

    // Focus lost again without a change: nothing new to write.
    YTTRA_VERIFY_OK(recovery.saveNow());
    QCOMPARE(written.size(), 1);
}

void TestRecovery::pendingEditsAreKept()
{
    // A field that commits on a pause in typing may still hold text: the draft gets it, on
    // focus loss and on the timer alike, as an editor commits it when the document asks.
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    recovery.setInterval(1h);
    QString pending = u"Servicenämnden"_s;
    connect(&document, &StatementDocument::pendingEditsRequested, &document, [&document, &pending] {
        if (!pending.isEmpty())
            YTTRA_VERIFY_OK(document.setField(u"/board"_s, std::exchange(pending, QString())));
    });
    YTTRA_VERIFY_OK(recovery.saveNow());
    QVERIFY(pending.isEmpty());
    QCOMPARE(Recovery::recover(recovery.recoveryFile()).value()->statement().board, u"Servicenämnden"_s);

    recovery.setInterval(50ms);
    QSignalSpy written(&recovery, &Recovery::written);
    YTTRA_VERIFY_OK(document.setField(u"/summary"_s, u"Nämnden delar revisorernas bedömning."_s));
    pending = u"Tekniska nämnden"_s; // typed after that, not yet committed when the timer runs out
    QTRY_COMPARE(written.size(), 1);
    QVERIFY(pending.isEmpty());
    QCOMPARE(Recovery::recover(recovery.recoveryFile()).value()->statement().board, u"Tekniska nämnden"_s);
}

void TestRecovery::pendingAfterCrash()
{
    const QString original = m_dir->filePath(u"IT-säkerhet.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(Example::statement(), original));
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QString file;
    {
        auto opened = StatementDocument::open(original);
        YTTRA_VERIFY_OK(opened);
        auto document = std::move(opened).value();
        auto recovery = std::make_unique<Recovery>(document.get(), m_folder);
        YTTRA_VERIFY_OK(document->setField(u"/items/0/response/expectedEffect"_s, u"Färre incidenter."_s));
        YTTRA_VERIFY_OK(recovery->saveNow());
        file = recovery->recoveryFile();
        // The process "dies": nobody saves or discards; objects vanish as with a kill.
        recovery.reset();
    }
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo(file).fileName().startsWith(u"IT-säkerhet-"_s));

    // The next start.
    const QList<PendingRecovery> pending = Recovery::pendingRecoveries(m_folder);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().recoveryFile, QFileInfo(file).absoluteFilePath());
    QCOMPARE(pending.first().originalPath, original);
    QVERIFY(!pending.first().isUntitled());
    QVERIFY2(pending.first().saved >= before && pending.first().saved <= QDateTime::currentDateTime(),
             qPrintable(pending.first().saved.toString(Qt::ISODate)));
    QCOMPARE(pending.first().board, Example::statement().board);
    QVERIFY(pending.first().problem.isEmpty());

    // An untitled one is listed as such.
    {
        StatementDocument untitled;
        Recovery recovery(&untitled, m_folder);
        YTTRA_VERIFY_OK(untitled.setField(u"/summary"_s, u"Utkast"_s));
        YTTRA_VERIFY_OK(recovery.saveNow());
    }
    const QList<PendingRecovery> both = Recovery::pendingRecoveries(m_folder);
    QCOMPARE(both.size(), 2);
    QCOMPARE(std::count_if(both.begin(), both.end(), [](const PendingRecovery &p) { return p.isUntitled(); }), 1);

    // A damaged file is listed too, with what is wrong, so the user hears of it.
    YTTRA_VERIFY_OK(SaveFile::write(QDir(m_folder).filePath(u"broken"_s + Recovery::fileSuffix), "{ not json"));
    const QList<PendingRecovery> three = Recovery::pendingRecoveries(m_folder);
    QCOMPARE(three.size(), 3);
    QCOMPARE(std::count_if(three.begin(), three.end(), [](const PendingRecovery &p) { return !p.problem.isEmpty(); }), 1);
}

void TestRecovery::notPendingWhileSomeoneWorksOnIt()
{
    StatementDocument document(Example::statement());
    auto recovery = std::make_unique<Recovery>(&document, m_folder);
    YTTRA_VERIFY_OK(document.setField(u"/summary"_s, u"Pågår"_s));
    YTTRA_VERIFY_OK(recovery->saveNow());
    const QString file = recovery->recoveryFile();
    // This process works on it.
    QVERIFY(Recovery::pendingRecoveries(m_folder).isEmpty());

    recovery.reset();
    // Another Yttra on this machine that still runs (our parent process stands in for it).
    setWriter(file, LocalSystem::hostName(), getppid());
    QVERIFY(Recovery::pendingRecoveries(m_folder).isEmpty());

    // The same on another machine: that process cannot be checked, the file is offered.
    setWriter(file, u"other-host.example"_s, getppid());
    QCOMPARE(Recovery::pendingRecoveries(m_folder).size(), 1);
}

void TestRecovery::recoverGivesModifiedDocument()
{
    const QString original = m_dir->filePath(u"yttrande.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(Example::statement(), original));
    QString file;
    Statement edited;
    {
        auto document = std::move(StatementDocument::open(original)).value();
        Recovery recovery(document.get(), m_folder);
        YTTRA_VERIFY_OK(document->removeItem(1));
        YTTRA_VERIFY_OK(document->setField(u"/measures/0/status"_s, u"done"_s));
        YTTRA_VERIFY_OK(recovery.saveNow());
        file = recovery.recoveryFile();
        edited = document->statement();
    }

    auto recovered = Recovery::recover(file);
    YTTRA_VERIFY_OK(recovered);
    std::unique_ptr<StatementDocument> document = std::move(recovered).value();
    QVERIFY(document->statement() == edited);
    QCOMPARE(document->fileName(), original);
    QVERIFY(document->isModified());
    QVERIFY(!document->isReadOnly());
    // The recovery member is not part of the statement.
    QVERIFY(!document->statement().extra.contains(u"yttraRecovery"_s));

    // Carry on in the same recovery file, then save: the draft is gone, the file has it.
    Recovery recovery(document.get(), m_folder);
    recovery.adopt(file);
    QVERIFY(Recovery::pendingRecoveries(m_folder).isEmpty());
    YTTRA_VERIFY_OK(document->save());
    QVERIFY(!document->isModified());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(StatementFile::load(original).value().statement == edited);
}

void TestRecovery::removedAfterSave()
{
    const QString original = m_dir->filePath(u"yttrande.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(Example::statement(), original));
    auto document = std::move(StatementDocument::open(original)).value();
    Recovery recovery(document.get(), m_folder);
    recovery.setInterval(50ms);
    YTTRA_VERIFY_OK(document->setField(u"/office"_s, u"Stadskontoret, avdelning 2"_s));
    QTRY_VERIFY(!recoveryFiles(m_folder).isEmpty());
    YTTRA_VERIFY_OK(document->save());
    QVERIFY(recoveryFiles(m_folder).isEmpty());
    // And nothing comes back on the timer.
    QTest::qWait(200);
    QVERIFY(recoveryFiles(m_folder).isEmpty());
}

void TestRecovery::removedAfterDiscard()
{
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    YTTRA_VERIFY_OK(document.setField(u"/office"_s, u"Stadskontoret"_s));
    YTTRA_VERIFY_OK(recovery.saveNow());
    QCOMPARE(recoveryFiles(m_folder).size(), 1);
    // Closed without saving, on purpose.
    YTTRA_VERIFY_OK(recovery.discard());
    QVERIFY(recoveryFiles(m_folder).isEmpty());
    QVERIFY(Recovery::pendingRecoveries(m_folder).isEmpty());
}

void TestRecovery::removedWhenUndoneToSaved()
{
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    YTTRA_VERIFY_OK(document.setField(u"/office"_s, u"Stadskontoret"_s));
    YTTRA_VERIFY_OK(recovery.saveNow());
    QCOMPARE(recoveryFiles(m_folder).size(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(recoveryFiles(m_folder).isEmpty());
}

void TestRecovery::boardlessDraftIsNeverLost()
{
    // A new statement as the user starts it: no board yet, a measure without a title.
    StatementDocument document;
    Recovery recovery(&document, m_folder);
    Item item;
    item.id = u"i1"_s;
    item.text = u"Säkerställ att rutinerna följs."_s;
    YTTRA_VERIFY_OK(document.insertItem(0, item));
    Measure measure;
    measure.id = u"m1"_s;
    measure.items = {u"i1"_s};
    YTTRA_VERIFY_OK(document.insertMeasure(0, measure));
    YTTRA_VERIFY_OK(document.setField(u"/summary"_s, u"Nämnden har påbörjat arbetet."_s));
    QVERIFY(document.statement().board.isEmpty());
    // The ordinary save refuses it, so autosave must not go through it.
    QVERIFY(!StatementFile::save(document.statement(), m_dir->filePath(u"x.yttrande"_s)).ok());

    YTTRA_VERIFY_OK(recovery.saveNow());
    const QString file = recovery.recoveryFile();
    QVERIFY(QFileInfo::exists(file));

    auto recovered = Recovery::recover(file);
    YTTRA_VERIFY_OK(recovered);
    QVERIFY(recovered.value()->statement() == document.statement());
    QCOMPARE(recovered.value()->statement().board, QString());
    QCOMPARE(recovered.value()->statement().measures.first().title, QString());
    QVERIFY(recovered.value()->fileName().isEmpty());
    QVERIFY(recovered.value()->isModified());
}

void TestRecovery::intervalFromSettings()
{
    const auto settings = Settings::createTemporary();
    StatementDocument document;
    Recovery recovery(&document, m_folder);
    QCOMPARE(recovery.interval(), std::chrono::milliseconds(30s));
    YTTRA_VERIFY_OK(settings->setValue(Settings::AutosaveInterval, 45));
    recovery.useSettings(settings.get());
    QCOMPARE(recovery.interval(), std::chrono::milliseconds(45s));
    YTTRA_VERIFY_OK(settings->setValue(Settings::AutosaveInterval, 10));
    QCOMPARE(recovery.interval(), std::chrono::milliseconds(10s));
}

void TestRecovery::writeFailureIsReported()
{
    // The folder cannot be made: a file stands where it should be.
    YTTRA_VERIFY_OK(SaveFile::write(m_folder, "in the way"));
    StatementDocument document(Example::statement());
    Recovery recovery(&document, m_folder);
    QSignalSpy failed(&recovery, &Recovery::writeFailed);
    YTTRA_VERIFY_OK(document.setField(u"/office"_s, u"Stadskontoret"_s));
    const auto saved = recovery.saveNow();
    QVERIFY(!saved.ok());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!recovery.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
