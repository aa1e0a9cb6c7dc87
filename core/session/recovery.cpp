// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/recovery.h"

#include "base/savefile.h"
#include "document/statementdocument.h"
#include "document/statementfields.h"
#include "format/jsonformat.h"
#include "format/jsontext.h"
#include "format/statementfile.h"
#include "session/localsystem.h"
#include "session/settings.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The member of a recovery file that says whose draft it is. A member the format does not
// know, so the file stays a readable statement; recover() takes it out again.
const QString metaMember = u"yttraRecovery"_s;

// Fills what the reader demands to be non-empty (and a draft may lack) while a recovery
// file is read; the fields are emptied again afterwards.
const QString placeholder = u"-"_s;

// Recovery files that live Recovery objects of this process write: not left behind.
class LiveFiles
{
public:
    static void add(const QString &file)
    {
        QMutexLocker lock(&mutex());
        files().insert(QFileInfo(file).absoluteFilePath());
    }
    static void remove(const QString &file)
    {
        QMutexLocker lock(&mutex());
        files().remove(QFileInfo(file).absoluteFilePath());
    }
    static bool contains(const QString &file)
    {
        QMutexLocker lock(&mutex());
        return files().contains(QFileInfo(file).absoluteFilePath());
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QSet<QString> &files()
    {
        static QSet<QString> f;
        return f;
    }
};

QString timestamp(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

// A file name that says whose draft it is, unique however many are open at once.
QString newFileName(const QString &folder, const QString &documentPath)
{
    QString stem;
    for (const QChar c : QFileInfo(documentPath).completeBaseName()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            stem.append(c);
    }
    if (stem.isEmpty())
        stem = u"untitled"_s;
    const QString random = QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return QDir(folder).filePath(stem.left(40) + u'-' + random + Recovery::fileSuffix);
}

Result<QByteArray, FileError> readBytes(const QString &path)
{
    auto failure = [&](FileError::Kind kind, const QString &message) {
        return Result<QByteArray, FileError>::failure({kind, path, QString(), message});
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(FileError::Kind::CannotRead, Recovery::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(StatementFile::maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(FileError::Kind::CannotRead, Recovery::tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > StatementFile::maxSize)
        return failure(FileError::Kind::Invalid, Recovery::tr("is too large to be a recovery file"));
    return bytes;
}

/// A recovery file taken apart: what it says about itself and the statement's JSON.
struct RecoveryContents
{
    QCborMap meta;
    QCborMap statement;
};

Result<RecoveryContents, FileError> parse(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return Result<RecoveryContents, FileError>::failure(bytes.error());
    auto parsed = JsonText::parse(bytes.value());
    if (!parsed) {
        const JsonSyntaxError &e = parsed.error();
        return Result<RecoveryContents, FileError>::failure(
            {FileError::Kind::Invalid, path, u"%1:%2"_s.arg(e.line).arg(e.column), e.message});
    }
    QCborMap root = parsed.value().toMap();
    const QCborValue meta = root.take(metaMember);
    if (!meta.isMap()) {
        return Result<RecoveryContents, FileError>::failure(
            {FileError::Kind::Invalid, path, QString(), Recovery::tr("is not a recovery file of Yttra")});
    }
    return RecoveryContents{meta.toMap(), root};
}

// Whether another Yttra on this machine is working on the file right now.
bool ownedByLiveProcess(const QCborMap &meta)
{
    const qint64 pid = meta.value(u"pid"_s).toInteger();
    if (meta.value(u"host"_s).toString() != LocalSystem::hostName() || pid == LocalSystem::processId())
        return false;
    return LocalSystem::processState(pid) == LocalSystem::ProcessState::Running;
}

} // namespace

QString Recovery::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

Recovery::Recovery(StatementDocument *document, QObject *parent) : Recovery(document, defaultFolder(), parent) {}

Recovery::Recovery(StatementDocument *document, const QString &folder, QObject *parent)
    : QObject(parent), m_document(document), m_folder(folder)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::timeout);
    if (!m_document)
        return;
    connect(m_document, &StatementDocument::changed, this, &Recovery::documentChanged);
    // A new name is worth writing down: it says which file the draft belongs to.
    connect(m_document, &StatementDocument::fileNameChanged, this, &Recovery::documentChanged);
    connect(m_document, &StatementDocument::modifiedChanged, this, &Recovery::modifiedChanged);
    // A document recovered or otherwise modified from the start has changes to keep.
    if (m_document->isModified())
        documentChanged();
}

Recovery::~Recovery()
{
    // The file stays: nobody decided to drop the draft.
    if (!m_file.isEmpty())
        LiveFiles::remove(m_file);
}

void Recovery::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds Recovery::interval() const
{
    return m_timer.intervalAsDuration();
}

void Recovery::useSettings(const Settings *settings)
{
    auto apply = [this, settings] { setInterval(std::chrono::seconds(settings->value(Settings::AutosaveInterval))); };
    apply();
    connect(settings, &Settings::changed, this, [apply](const QString &key) {
        if (key == QStringView(Settings::AutosaveInterval.name))
            apply();
    });
}

void Recovery::documentChanged()
{
    if (!m_document || !m_document->isModified())
        return;
    m_dirty = true;
    // Started only when idle, so steady typing is still written every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void Recovery::modifiedChanged(bool modified)
{
    if (modified)
        return;
    // Saved, or undone back to what was saved: the file on disk holds it all.
    const auto removed = discard();
    if (!removed)
        m_lastError = removed.error().text();
}

void Recovery::timeout()
{
    // What a field still holds uncommitted belongs in the draft too.
    if (m_document)
        m_document->commitPendingEdits();
    if (!m_document || !m_document->isModified() || !m_dirty)
        return;
    if (const auto r = write(); !r) {
        m_timer.start(); // try again, the disk may have room by then
        Q_EMIT writeFailed(r.error());
    }
}

Result<void, FileError> Recovery::saveNow()
{
    if (m_document)
        m_document->commitPendingEdits();
    if (!m_document || !m_document->isModified())
        return {};
    if (!m_dirty && !m_file.isEmpty() && QFileInfo::exists(m_file))
        return {};
    m_timer.stop();
    const auto r = write();
    if (!r)
        Q_EMIT writeFailed(r.error());
    return r;
}

Result<void, FileError> Recovery::discard()
{
    m_timer.stop();
    m_dirty = false;
    if (m_file.isEmpty())
        return {};
    const QString file = m_file;
    setFile(QString());
    return removeRecoveryFile(file);
}

void Recovery::adopt(const QString &recoveryFile)
{
    setFile(recoveryFile);
    // The file holds the document as recovered; only later changes need writing.
    m_dirty = false;
    m_timer.stop();
}

void Recovery::setFile(const QString &file)
{
    if (!m_file.isEmpty())
        LiveFiles::remove(m_file);
    m_file = file;
    if (!m_file.isEmpty())
        LiveFiles::add(m_file);
}

Result<void, FileError> Recovery::write()
{
    if (m_file.isEmpty())
        setFile(newFileName(m_folder, m_document->fileName()));
    if (!QDir().mkpath(m_folder)) {
        const FileError error{FileError::Kind::CannotWrite, m_folder, QString(), tr("the recovery folder cannot be created")};
        m_lastError = error.text();
        return Result<void, FileError>::failure(error);
    }
    // Not StatementFile::save: it refuses statements with structural errors, and a draft
    // with no board yet is exactly what must not be lost.
    Statement statement = m_document->statement();
    statement.extra.insert(metaMember, QCborMap{{u"document"_s, m_document->fileName()},
                                                {u"saved"_s, timestamp(QDateTime::currentDateTime())},
                                                {u"user"_s, LocalSystem::loginName()},
                                                {u"host"_s, LocalSystem::hostName()},
                                                {u"pid"_s, LocalSystem::processId()}});
    // A direct write's warning is not passed on: the draft is rewritten every interval, and
    // it is the document's own save that the user has to hear about.
    auto saved = SaveFile::write(m_file, JsonFormat::write(statement));
    if (!saved) {
        m_lastError = saved.error().text();
        return Result<void, FileError>::failure(saved.error());
    }
    m_dirty = false;
    m_lastError.clear();
    Q_EMIT written(m_file);
    return {};
}

QList<PendingRecovery> Recovery::pendingRecoveries(const QString &folder)
{
    QList<PendingRecovery> pending;
    const QFileInfoList files = QDir(folder).entryInfoList({u"*"_s + fileSuffix}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        if (LiveFiles::contains(path))
            continue;
        PendingRecovery entry;
        entry.recoveryFile = path;
        entry.saved = info.lastModified();
        auto contents = parse(path);
        if (!contents) {
            // Still listed: the user should hear of it, and may remove it.
            entry.problem = contents.error().text();
            pending.append(entry);
            continue;
        }
        const QCborMap &meta = contents.value().meta;
        if (ownedByLiveProcess(meta))
            continue;
        entry.originalPath = meta.value(u"document"_s).toString();
        const QDateTime saved = QDateTime::fromString(meta.value(u"saved"_s).toString(), Qt::ISODate);
        if (saved.isValid())
            entry.saved = saved;
        entry.board = contents.value().statement.value(u"board"_s).toString();
        entry.auditTitle = contents.value().statement.value(u"audit"_s).toMap().value(u"title"_s).toString();
        pending.append(entry);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const PendingRecovery &a, const PendingRecovery &b) { return a.saved > b.saved; });
    return pending;
}

Result<std::unique_ptr<StatementDocument>, FileError> Recovery::recover(const QString &recoveryFile)
{
    using R = Result<std::unique_ptr<StatementDocument>, FileError>;
    auto contents = parse(recoveryFile);
    if (!contents)
        return R::failure(contents.error());
    QCborMap root = contents.value().statement;

    // The reader demands a board and measure titles; a draft may not have them yet. Fill
    // them for the reader and empty them again, so the draft comes back as it was.
    QStringList blanked;
    if (root.value(u"board"_s).isString() && root.value(u"board"_s).toString().isEmpty()) {
        root.insert(u"board"_s, placeholder);
        blanked.append(u"/board"_s);
    }
    if (root.value(u"measures"_s).isArray()) {
        QCborArray measures = root.value(u"measures"_s).toArray();
        for (qsizetype i = 0; i < measures.size(); ++i) {
            QCborMap measure = measures.at(i).toMap();
            if (measure.value(u"title"_s).isString() && measure.value(u"title"_s).toString().isEmpty()) {
                measure.insert(u"title"_s, placeholder);
                measures[i] = measure;
                blanked.append(u"/measures/%1/title"_s.arg(i));
            }
        }
        root.insert(u"measures"_s, measures);
    }

    auto read = JsonFormat::read(JsonText::serialize(root));
    if (!read)
        return R::failure({FileError::Kind::Invalid, recoveryFile, read.error().location, read.error().message});
    Statement statement = std::move(read.value().statement);
    for (const QString &pointer : std::as_const(blanked)) {
        const auto emptied = StatementFields::setValue(statement, pointer, QString());
        Q_ASSERT(emptied.ok());
        Q_UNUSED(emptied);
    }

    auto document = std::make_unique<StatementDocument>(std::move(statement));
    document->setFileName(contents.value().meta.value(u"document"_s).toString());
    // Nothing of it is saved in the original file: modified until the user saves.
    document->undoStack()->resetClean();
    return document;
}

Result<void, FileError> Recovery::removeRecoveryFile(const QString &recoveryFile)
{
    QFile file(recoveryFile);
    if (file.exists() && !file.remove()) {
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotWrite, recoveryFile, QString(), tr("the recovery file cannot be removed: %1").arg(file.errorString())});
    }
    return {};
}

} // namespace yttra
