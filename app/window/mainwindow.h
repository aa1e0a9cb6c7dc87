// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "pdf/pdfdocument.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QDockWidget;
class QLabel;
class QPrinter;
class QTimer;
class QUndoGroup;

namespace yttra {

class CommentsPane;
class LockFile;
class PreviewPane;
class Recovery;
class RegisterWindow;
class ReviewMenu;
class Settings;
class SpellCheck;
struct WordReview;
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
    /// How a file is opened: to edit it (taking its lock), or only to read it (no lock, so
    /// that others may edit it meanwhile; every edit is refused, Save As makes a copy).
    enum class OpenMode { Edit, ReadOnly };
    bool openFile(const QString &path, OpenMode mode = OpenMode::Edit);
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
    /// or a review copy with the open comments as numbered end notes. Like every output it
    /// carries the statement's logo or else its board's from the settings (BoardLogo); one
    /// that cannot be drawn is left out and the user told after the PDF is written.
    bool exportToPdf(const QString &path, PdfCopy copy = PdfCopy::Statement);
    /// Writes the statement as a Word document in `templatePath` (a .docx or .dotx; empty:
    /// Yttra's built-in template) with the user's name (Settings) as its author. An error is
    /// reported in a dialog; the statement's own file and the template are never overwritten,
    /// and a failed export leaves no half-written file. Returns whether it was written.
    bool exportToWord(const QString &path, const QString &templatePath);
    /// The Word template remembered for the open statement's board (perhaps no longer
    /// there), or empty for Yttra's built-in template.
    QString wordTemplate() const;
    /// Asks for the board's Word template (or, when it has one, whether to go back to
    /// Yttra's built-in template) and remembers the choice; false when nothing changed.
    bool chooseWordTemplate();
    /// Reads a Word document exported from this statement and reviewed in Word: its comments
    /// are taken in as one undoable step, and the text changed in Word is shown change by
    /// change for the user to accept (one undoable step each) or reject. What cannot be
    /// placed is listed; a document that is not this statement's is refused, saying why.
    bool importReviewFromWord(const QString &path);
    /// Prints the statement on a printer that is set up (the print dialog's choice), with
    /// the logo as the exports draw it.
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
    /// Opened read-only because someone else has the file open: the document is read-only
    /// with their name as the reason, until their lock goes (see recheckLock()).
    bool isLockedReadOnly() const { return m_lockedReadOnly; }
    /// Tries again to take the lock of a file opened read-only beside someone else (a timer
    /// does this every few seconds); once it is taken the document becomes editable, reread
    /// first if they saved it meanwhile. Returns whether it is editable now.
    bool recheckLock();
    Settings *settings() const { return m_settings; }
    /// View → Register: opens the register window (one, raised when it is open already).
    RegisterWindow *showRegister();
    /// The register window, or null before it was first opened.
    RegisterWindow *registerWindow() const;
    /// Opens a statement (asking first about unsaved changes, as Open does) and shows the
    /// item with the id `itemId`: what a double click in the register asks for.
    bool openStatementAt(const QString &path, const QString &itemId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The constructor's steps, in its order: each sets up one part of the window.
    void setUpPreviewDock();
    void setUpCommentsDock();
    void setUpEditMenu();
    void setUpViewMenu();
    void setUpReviewMenu();
    void setUpStatusBar();
    void setUpLockCheck();
    void setUpFileMenu();
    /// The View menu's Go actions and the keys between parts and panes.
    void setUpNavigation();
    void setUpRecoveryOnLeaving();
    void setUpSpellCheck();
    void followSettings();

    /// `lockedBy` (empty: nobody) is why the document is read-only: someone else has the file open.
    void setDocument(std::unique_ptr<StatementDocument> document, std::unique_ptr<LockFile> lock = {}, const QString &lockedBy = {});
    /// Drops the open document: its recovery file goes if the user chose not to keep the changes.
    void discardDocument(bool changesDiscarded);
    /// Takes the lock of a file being opened, or asks what to do when someone else holds it;
    /// `lockedBy` says who when the user chose to open it read-only. False when cancelled.
    bool takeLock(const QString &path, std::unique_ptr<LockFile> &lock, QString &lockedBy);
    void updateTitle();
    void updateActions();
    void updateMessageBar();
    void updateRecentMenu();
    void chooseFile(OpenMode mode);
    void chooseFollowUp();
    void chooseReport();
    void chooseExcelFile();
    void choosePdfFile(PdfCopy copy);
    void chooseWordFile();
    void chooseWordReview();
    /// The changes made in Word, for the user to accept or reject one by one, after what
    /// `commentsReport` says of the comments taken in.
    void showProposedChanges(const WordReview &review, const QString &name, const QString &commentsReport);
    /// The statement as every output shows it: with the board's logo from the settings when
    /// it has none of its own (BoardLogo).
    Statement outputStatement() const;
    /// What one export says in its own words: the title of its errors, that the statement's
    /// own file is not for it (%1 the file), the status bar's word once it is written, and
    /// the title and text of its warnings (%1 the file, %2 the warnings).
    struct ExportTexts
    {
        QString cannotExport;
        QString ownFile;
        QString exported;
        QString warningsTitle = {}; // none for an export that never warns
        QString warnings = {};
    };
    /// What every export does around `write`: never over the statement's own file, a wait
    /// cursor while it writes, an error in a dialog, a word in the status bar, and the
    /// warnings (a text cut to fit, ...) shown after the file was written.
    bool exportFile(const QString &path, const ExportTexts &texts, const std::function<Result<QStringList, FileError>()> &write);
    /// The warnings of an output that draws the logo, with where to change a logo from the
    /// settings that could not be drawn.
    QStringList explained(QStringList warnings) const;
    Result<QStringList, FileError> explained(Result<QStringList, FileError> written) const;
    /// The template for an export now: the board's, or empty for the built-in one; nothing
    /// when the user cancels. A remembered template that is gone is never left out unasked.
    std::optional<QString> templateForExport();
    /// Asks for a Word template for `board`, tries it, and remembers it; false when cancelled or refused.
    bool pickWordTemplate(const QString &board);
    /// Who may change what, following the document's read-only state: the texts (not while
    /// read-only or while reviewing), the comments and undo (not while read-only); and what
    /// the message bar, the status bar and the title say about it.
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
    QTimer *m_lockCheck;
    // An editor's choice, not the document's: comments still change the document.
    bool m_reviewReadOnly = false;
    QString m_lockMessage;
    QLabel *m_readOnlyStatus;
    QUndoGroup *m_undoGroup;
    QDockWidget *m_previewDock;
    PreviewPane *m_preview;
    QDockWidget *m_commentsDock;
    CommentsPane *m_comments;
    ReviewMenu *m_reviewMenu;
    QAction *m_editTexts;
    SpellCheck *m_spellCheck;
    QAction *m_undo;
    QAction *m_redo;
    QPointer<RegisterWindow> m_register;
};

} // namespace yttra
