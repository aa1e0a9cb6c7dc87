// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace yttra {

class Settings;
class StatementDocument;

/// A recovery file left behind by a Yttra that ended without saving (a crash, a kill, a
/// power cut), as pendingRecoveries() finds it at the next start.
struct PendingRecovery
{
    QString recoveryFile;
    QString originalPath; // the statement's file; empty for an untitled statement
    QDateTime saved;      // when the recovery file was last written
    QString board;        // to help the user recognise the draft; may be empty
    QString auditTitle;
    QString problem;      // not empty: the file cannot be recovered, and why

    bool isUntitled() const { return originalPath.isEmpty(); }
};

/// Autosave for one open document: while it has unsaved changes, they are written to a
/// recovery file of its own every interval (and at once on saveNow(), for focus loss), so a
/// crash loses at most one interval of work. Saving the document, or undoing back to what
/// was saved, removes the file; so does discard() when the user closes without saving.
/// Destroying a Recovery keeps its file, so only an explicit decision ever drops a draft.
///
/// A recovery file is a .yttrande file written by SaveFile (atomic), with a top-level
/// member "yttraRecovery" saying which document it belongs to, when, and which process
/// wrote it. It is written even when the statement has errors that StatementFile::save
/// refuses (a draft without a board yet): recover() reads such drafts back leniently.
class Recovery : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView fileSuffix = u".yttrande-recovery";
    static constexpr std::chrono::seconds defaultInterval{30};

    /// <application data>/recovery (QStandardPaths::AppDataLocation).
    static QString defaultFolder();

    explicit Recovery(StatementDocument *document, QObject *parent = nullptr);
    Recovery(StatementDocument *document, const QString &folder, QObject *parent = nullptr);
    ~Recovery() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    /// Takes the interval from the settings (Settings::AutosaveInterval) and follows changes.
    void useSettings(const Settings *settings);

    /// Writes the unsaved changes now if there are any not yet written (for focus loss).
    Result<void, FileError> saveNow();
    /// Removes the recovery file: the user closed the document without saving, on purpose.
    Result<void, FileError> discard();
    /// Continues in a recovery file that recover() read the document from, so the draft
    /// is on disk in one place from the moment it is recovered until it is saved.
    void adopt(const QString &recoveryFile);

    /// The recovery file (empty until the first write).
    QString recoveryFile() const { return m_file; }
    QString folder() const { return m_folder; }
    /// Why the last write failed (empty when it did not); also reported by writeFailed().
    QString lastError() const { return m_lastError; }

    /// The recovery files in the folder that nobody is working on: left by a process that
    /// is gone, newest first. Files of documents open in this process, or in another Yttra
    /// running on this machine, are not listed.
    static QList<PendingRecovery> pendingRecoveries(const QString &folder = defaultFolder());
    /// The document as it was last written to the recovery file: the recovered statement,
    /// the original file name, and modified, so saving it is the user's decision.
    static Result<std::unique_ptr<StatementDocument>, FileError> recover(const QString &recoveryFile);
    /// Removes a pending recovery file the user chose not to recover.
    static Result<void, FileError> removeRecoveryFile(const QString &recoveryFile);

Q_SIGNALS:
    void written(const QString &recoveryFile);
    void writeFailed(const yttra::FileError &error);

private:
    void documentChanged();
    void modifiedChanged(bool modified);
    void timeout();
    Result<void, FileError> write();
    void setFile(const QString &file);

    QPointer<StatementDocument> m_document;
    QString m_folder;
    QString m_file;
    QTimer m_timer;
    bool m_dirty = false; // changes not yet in the recovery file
    QString m_lastError;
};

} // namespace yttra
