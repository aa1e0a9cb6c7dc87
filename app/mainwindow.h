// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QDockWidget;
class QPrinter;

namespace yttra {

class CommentsPane;
class LockFile;
class PreviewPane;
class Recovery;
class ReviewMenu;
class Settings;
class SpellCheck;
class StatementDocument;
class StatementEditor;

/// Yttra's main window: the editor of one statement (navigator, forms, completeness and
/// preview panels), its files (new, open, save, recent, follow-up, exports), autosave to a
/// recovery file, and the lock that tells others on a shared drive the file is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `settings` (not owned) replaces the user's own, for tests; `recoveryFolder` likewise.
    explicit MainWindow(Settings *settings = nullptr, const QString &recoveryFolder = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a statement file (asking first about unsaved changes, and about a lock someone
    /// else holds); a file that cannot be read is reported and the window keeps what it
    /// showed. Returns whether the file was opened.
    bool openFile(const QString &path);
    /// A new statement that starts as the built-in example.
    void openExample();
    /// A new, empty statement with the defaults from the settings.
    bool newStatement();
    /// Starts the follow-up of the open (first) statement as a new, untitled statement.
    bool newFollowUp(const QString &from, const QString &to);
    /// Reads an audit report and, after the user confirms what was found in a dialog,
    /// starts a new statement from it.
    bool newFromReport(const QString &path);
    /// Saves to the statement's file, or asks for one. Refusals name the field and go to it.
    bool save();
    /// Saves under a new name (asked for when empty).
    bool saveAs(const QString &path = {});
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();

    /// Offers to recover what a Yttra that ended without saving left behind; true when a
    /// statement was recovered (and is now open).
    bool offerRecovery();

    /// Writes the statement as the Excel action plan; an error is reported in a dialog, and
    /// the statement's own file is never overwritten. Returns whether it was written.
    bool exportToExcel(const QString &path);
    /// Where the export dialogs start: beside the statement's file with its name, or else
    /// in the documents folder named after the audit's reference.
    QString suggestedExcelPath() const;
    QString suggestedExportPath(const QString &suffix) const;
    /// Writes the statement as a PDF: for the board and the diarium (never with comments),
    /// or a review copy with the open comments as numbered end notes.
    bool exportToPdf(const QString &path, PdfCopy copy = PdfCopy::Statement);
    /// Prints the statement on a printer that is set up (the print dialog's choice).
    bool print(QPrinter &printer);

    StatementDocument *document() const { return m_document.get(); }
    StatementEditor *editor() const;
    PreviewPane *preview() const { return m_preview; }
    CommentsPane *comments() const { return m_comments; }
    QDockWidget *commentsDock() const { return m_commentsDock; }
    ReviewMenu *reviewMenu() const { return m_reviewMenu; }
    /// Opened in review by someone who did not send it for review: the texts are read-only
    /// for commenting until the user chooses to edit them (setEditingTexts).
    bool isReviewReadOnly() const { return m_reviewReadOnly; }
    void setEditingTexts(bool editing);
    Recovery *recovery() const { return m_recovery.get(); }
    /// The lock this window holds on its file, or null.
    LockFile *lock() const { return m_lock.get(); }
    /// Opened read-only because someone else has the file open.
    bool isLockedReadOnly() const { return m_lockedReadOnly; }
    Settings *settings() const { return m_settings; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDocument(std::unique_ptr<StatementDocument> document, std::unique_ptr<LockFile> lock = {}, bool lockedReadOnly = false);
    /// Drops the open document: its recovery file goes if the user chose not to keep the changes.
    void discardDocument(bool changesDiscarded);
    bool takeLock(const QString &path, std::unique_ptr<LockFile> &lock, bool &readOnly);
    void updateTitle();
    void updateActions();
    void updateMessageBar();
    void updateRecentMenu();
    void chooseFile();
    void chooseFollowUp();
    void chooseReport();
    void chooseExcelFile();
    void choosePdfFile(PdfCopy copy);
    /// Who may change what: the texts (not while locked or while reviewing), the comments
    /// (not while locked); and what the message bar says about it.
    void applyReadOnly();
    /// In review, and the user is not the one who sent it for review.
    bool opensForReviewer(const StatementDocument &document) const;
    int openComments() const;
    void choosePrinter();
    void showSettings();
    void cyclePane(int delta);
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Settings> m_ownSettings;
    Settings *m_settings;
    QString m_recoveryFolder;
    std::unique_ptr<StatementDocument> m_document;
    std::unique_ptr<Recovery> m_recovery;
    std::unique_ptr<LockFile> m_lock;
    bool m_lockedReadOnly = false;
    bool m_reviewReadOnly = false;
    QString m_lockMessage;
    QDockWidget *m_previewDock;
    PreviewPane *m_preview;
    QDockWidget *m_commentsDock;
    CommentsPane *m_comments;
    ReviewMenu *m_reviewMenu;
    QAction *m_editTexts;
    SpellCheck *m_spellCheck;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace yttra
