// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"
#include "ui_mainwindow.h"

#include "base/savefile.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "dialogs/followupdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "document/statementdocument.h"
#include "docx/docxexporter.h"
#include "docx/wordreviewimport.h"
#include "editor/completenesspanel.h"
#include "editor/detailspage.h"
#include "editor/statementeditor.h"
#include "fields/spellcheck.h"
#include "format/example.h"
#include "import/reportimporter.h"
#include "language/documentlabels.h"
#include "model/followup.h"
#include "pdf/logoimage.h"
#include "pdf/pdfexporter.h"
#include "preview/pageprinter.h"
#include "preview/previewpane.h"
#include "register/registerwindow.h"
#include "review/commentspane.h"
#include "review/proposedchangesdialog.h"
#include "review/reviewediting.h"
#include "review/reviewmenu.h"
#include "session/boardlogo.h"
#include "session/lockfile.h"
#include "session/recovery.h"
#include "session/settings.h"
#include "xlsx/xlsxexporter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The local .yttrande files among dropped URLs.
QStringList statementFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".yttrande"_s, Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    return files;
}

// The first field of a widget the Tab key would reach.
bool focusFirstIn(QWidget *root)
{
    if (!root || !root->isVisible())
        return false;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (root->focusPolicy() & Qt::TabFocus) {
        root->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

// A save that had to be written directly (see SaveFile) says so, and stays longer to be read.
void showSaved(QStatusBar *bar, const QString &path, const QStringList &warnings)
{
    const QString file = QDir::toNativeSeparators(path);
    if (warnings.isEmpty())
        bar->showMessage(MainWindow::tr("Saved %1").arg(file), 5000);
    else
        bar->showMessage(MainWindow::tr("Saved %1, %2").arg(file, warnings.join(u"; "_s)), 30000);
}

} // namespace

MainWindow::MainWindow(Settings *settings, const QString &recoveryFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_recoveryFolder(recoveryFolder.isEmpty() ? Recovery::defaultFolder() : recoveryFolder)
    , m_lockCheck(new QTimer(this))
    , m_readOnlyStatus(new QLabel)
    , m_undoGroup(new QUndoGroup(this))
    , m_spellCheck(new SpellCheck(this))
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<Settings>();
        m_settings = m_ownSettings.get();
    }
    m_ui->setupUi(this);
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_ui->editor->detailsPage()->setSettings(m_settings);

    setUpPreviewDock();
    setUpCommentsDock();
    setUpEditMenu();
    setUpViewMenu();
    setUpReviewMenu();
    setUpStatusBar();
    setUpLockCheck();
    setUpFileMenu();
    setUpNavigation();
    setUpRecoveryOnLeaving();
    setUpSpellCheck();
    followSettings();

    setDocument(std::make_unique<StatementDocument>());
}

void MainWindow::setUpPreviewDock()
{
    // The preview beside the form; the completeness panel is under the navigator.
    m_preview = new PreviewPane;
    m_preview->setSettings(m_settings);
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(u"previewDock"_s);
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_previewDock->setVisible(m_settings->value(Settings::PreviewVisible));
    // A window that fits the screen it opens on.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        resize(std::min(width(), available.width() - 40), std::min(height(), available.height() - 40));
    }
    resizeDocks({m_previewDock}, {460}, Qt::Horizontal);
}

void MainWindow::setUpCommentsDock()
{
    // The reviewers' comments beside the form, in a tab with the preview: one is read
    // against the form, the other against the page.
    m_comments = new CommentsPane;
    m_comments->setSettings(m_settings);
    m_commentsDock = new QDockWidget(tr("Comments"), this);
    m_commentsDock->setObjectName(u"commentsDock"_s);
    m_commentsDock->setWidget(m_comments);
    addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    tabifyDockWidget(m_previewDock, m_commentsDock);
    m_commentsDock->hide();
}

void MainWindow::setUpEditMenu()
{
    StatementEditor *editor = m_ui->editor;
    // Undo and Redo follow whichever document is open, and say what they would do.
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcuts(QKeySequence::Redo);
    // Through the document rather than the stack, which would not commit pending edits first;
    // read-only, the group has no stack and the actions are disabled.
    disconnect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    disconnect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            Q_UNUSED(m_document->undo());
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            Q_UNUSED(m_document->redo());
    });
    // After Undo or Redo the form shows what changed, wherever it is.
    connect(m_undo, &QAction::triggered, editor, &StatementEditor::revealLastChange);
    connect(m_redo, &QAction::triggered, editor, &StatementEditor::revealLastChange);

    QMenu *edit = m_ui->menuEdit;
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({editor->addItemAction(), editor->duplicateItemAction(), editor->removeItemAction(),
                      editor->moveItemUpAction(), editor->moveItemDownAction()});
    edit->addSeparator();
    edit->addActions({editor->linkMeasuresAction(), editor->addMeasureAction(), editor->removeMeasureAction(),
                      editor->linkItemsAction()});
    edit->addSeparator();
    auto *settingsAction = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(u"actionSettings"_s);
    settingsAction->setShortcuts(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::setUpViewMenu()
{
    auto *completeness = new QAction(tr("&Completeness Panel"), this);
    completeness->setObjectName(u"actionCompleteness"_s);
    completeness->setCheckable(true);
    completeness->setChecked(true);
    completeness->setShortcut(QKeySequence(Qt::Key_F7));
    connect(completeness, &QAction::toggled, m_ui->editor->completenessPanel(), &QWidget::setVisible);
    QAction *preview = m_previewDock->toggleViewAction();
    preview->setText(tr("Pre&view"));
    preview->setObjectName(u"actionPreview"_s);
    preview->setShortcut(QKeySequence(Qt::Key_F8));
    // Connected only now that the dock shows what the settings say.
    connect(preview, &QAction::toggled, this, [this](bool on) {
        const auto stored = m_settings->setValue(Settings::PreviewVisible, on);
        Q_UNUSED(stored); // a bool is always acceptable
    });
    QAction *comments = m_commentsDock->toggleViewAction();
    comments->setText(tr("Co&mments"));
    comments->setObjectName(u"actionComments"_s);
    comments->setShortcut(QKeySequence(Qt::Key_F9));
    m_ui->menuView->addActions({completeness, preview, comments});
    m_ui->menuView->addSeparator();
    auto *registerAction = m_ui->menuView->addAction(tr("&Register…"), this, &MainWindow::showRegister);
    registerAction->setObjectName(u"actionRegister"_s);
    registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    registerAction->setToolTip(tr("Every recommendation in a folder of statements, with its state and next date"));
}

RegisterWindow *MainWindow::registerWindow() const
{
    return m_register;
}

RegisterWindow *MainWindow::showRegister()
{
    if (!m_register) {
        // A window of its own beside this one, closed with it; closing it only hides it.
        m_register = new RegisterWindow(m_settings, this);
        connect(m_register, &RegisterWindow::openStatement, this, &MainWindow::openStatementAt);
    }
    m_register->show();
    m_register->raise();
    m_register->activateWindow();
    return m_register;
}

bool MainWindow::openStatementAt(const QString &path, const QString &itemId)
{
    // openFile asks about unsaved changes first, and does nothing when the file is open here.
    if (!openFile(path))
        return false;
    raise();
    activateWindow();
    const qsizetype index = m_document->statement().indexOfItem(itemId);
    if (index < 0 || !m_ui->editor->revealPointer(u"/items/%1"_s.arg(index)))
        statusBar()->showMessage(tr("%1 has no item %2 any more.").arg(QFileInfo(path).fileName(), itemId), 8000);
    return true;
}

void MainWindow::setUpReviewMenu()
{
    m_reviewMenu = new ReviewMenu(m_ui->editor, m_comments, m_settings, this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_reviewMenu);
    connect(m_reviewMenu, &ReviewMenu::commentsWanted, this, [this] {
        m_commentsDock->show();
        m_commentsDock->raise();
    });
    m_reviewMenu->addSeparator();
    m_editTexts = m_reviewMenu->addAction(tr("&Edit the Texts"), this, &MainWindow::setEditingTexts);
    m_editTexts->setObjectName(u"actionEditTexts"_s);
    m_editTexts->setCheckable(true);
    QAction *reviewCopy = m_reviewMenu->addAction(tr("Export Review Copy as &PDF…"), this, [this] { choosePdfFile(PdfCopy::ReviewCopy); });
    reviewCopy->setObjectName(u"actionExportReviewCopy"_s);
    m_reviewMenu->addSeparator();
    m_reviewMenu->addAction(m_commentsDock->toggleViewAction());
}

void MainWindow::setUpStatusBar()
{
    const auto showBriefly = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_comments, &CommentsPane::message, this, showBriefly);
    connect(m_reviewMenu, &ReviewMenu::message, this, showBriefly);
    connect(m_ui->editor, &StatementEditor::message, this, showBriefly);
    connect(m_ui->messageBar, &QLabel::linkActivated, this, [this] { setEditingTexts(true); });
    // Read-only stays in the status bar whatever passing messages it shows.
    m_readOnlyStatus->setObjectName(u"readOnlyStatus"_s);
    m_readOnlyStatus->hide();
    statusBar()->addPermanentWidget(m_readOnlyStatus);
}

void MainWindow::setUpLockCheck()
{
    // The other user closing the file leaves nothing to notice it by but their lock going.
    m_lockCheck->setInterval(5000);
    connect(m_lockCheck, &QTimer::timeout, this, &MainWindow::recheckLock);
}

void MainWindow::setUpFileMenu()
{
    m_ui->actionNew->setShortcuts(QKeySequence::New);
    m_ui->actionOpen->setShortcuts(QKeySequence::Open);
    m_ui->actionSave->setShortcuts(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionClose->setShortcuts(QKeySequence::Close);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionPrint->setShortcuts(QKeySequence::Print);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::choosePrinter);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newStatement);
    connect(m_ui->actionOpenExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(m_ui->actionNewFollowUp, &QAction::triggered, this, &MainWindow::chooseFollowUp);
    connect(m_ui->actionNewFromReport, &QAction::triggered, this, &MainWindow::chooseReport);
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] { chooseFile(OpenMode::Edit); });
    connect(m_ui->actionOpenReadOnly, &QAction::triggered, this, [this] { chooseFile(OpenMode::ReadOnly); });
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_ui->actionExportPdf, &QAction::triggered, this, [this] { choosePdfFile(PdfCopy::Statement); });
    connect(m_ui->actionExportExcel, &QAction::triggered, this, &MainWindow::chooseExcelFile);
    connect(m_ui->actionExportWord, &QAction::triggered, this, &MainWindow::chooseWordFile);
    connect(m_ui->actionWordTemplate, &QAction::triggered, this, &MainWindow::chooseWordTemplate);
    connect(m_ui->actionImportWordReview, &QAction::triggered, this, &MainWindow::chooseWordReview);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::newStatement);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::setUpNavigation()
{
    StatementEditor *editor = m_ui->editor;
    const auto goTo = [this, editor](QAction *action, StatementEditor::Page page) {
        connect(action, &QAction::triggered, editor, [editor, page] { editor->showPage(page); });
    };
    goTo(m_ui->actionGoDetails, StatementEditor::Page::Details);
    goTo(m_ui->actionGoAudit, StatementEditor::Page::Audit);
    goTo(m_ui->actionGoSummary, StatementEditor::Page::Summary);
    goTo(m_ui->actionGoItems, StatementEditor::Page::Item);
    goTo(m_ui->actionGoMeasures, StatementEditor::Page::Measures);
    goTo(m_ui->actionGoSignatures, StatementEditor::Page::Signatures);
    connect(m_ui->actionPreviousPart, &QAction::triggered, editor, [editor] { editor->stepPage(-1); });
    connect(m_ui->actionNextPart, &QAction::triggered, editor, [editor] { editor->stepPage(1); });
    connect(m_ui->actionNextPane, &QAction::triggered, this, [this] { cyclePane(1); });
    connect(m_ui->actionPreviousPane, &QAction::triggered, this, [this] { cyclePane(-1); });
}

void MainWindow::setUpRecoveryOnLeaving()
{
    // Unsaved changes go to the recovery file when the user turns to another program.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        // A failed write is reported through Recovery::writeFailed.
        if (state != Qt::ApplicationActive && m_recovery)
            Q_UNUSED(m_recovery->saveNow());
    });
}

void MainWindow::setUpSpellCheck()
{
    m_spellCheck->setPersonalWordList(m_settings->value(Settings::PersonalWordList));
    m_spellCheck->attach(m_ui->editor);
}

void MainWindow::followSettings()
{
    connect(m_settings, &Settings::changed, this, [this] {
        m_previewDock->setVisible(m_settings->value(Settings::PreviewVisible));
    });
}

MainWindow::~MainWindow()
{
    // The editor and the panels let go of the document before it goes.
    m_ui->editor->setDocument(nullptr);
    m_preview->setDocument(nullptr);
}

StatementEditor *MainWindow::editor() const
{
    return m_ui->editor;
}

void MainWindow::setDocument(std::unique_ptr<StatementDocument> document, std::unique_ptr<LockFile> lock, const QString &lockedBy)
{
    StatementDocument *doc = document.get();
    // Before anything looks at it: the editor, the review and the actions follow the document.
    if (!lockedBy.isEmpty())
        doc->setReadOnly(lockedBy);
    m_ui->editor->setDocument(doc);
    m_preview->setDocument(doc);
    m_comments->setEditor(m_ui->editor);
    m_reviewMenu->setDocument(doc);
    m_reviewReadOnly = opensForReviewer(*doc);
    m_recovery.reset();
    m_lock = std::move(lock); // the previous lock (if any) is released here
    m_document = std::move(document);
    m_lockedReadOnly = !lockedBy.isEmpty() && doc->isReadOnly();
    if (m_lockedReadOnly)
        m_lockCheck->start();
    else
        m_lockCheck->stop();

    m_undoGroup->addStack(doc->undoStack());

    m_recovery = std::make_unique<Recovery>(doc, m_recoveryFolder);
    m_recovery->useSettings(m_settings);
    connect(m_recovery.get(), &Recovery::writeFailed, this, [this](const FileError &error) {
        statusBar()->showMessage(tr("Unsaved changes could not be kept for recovery: %1").arg(error.text()));
    });
    connect(doc, &StatementDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &StatementDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(doc, &StatementDocument::changed, this, &MainWindow::updateActions);
    connect(doc, &StatementDocument::reviewChanged, this, &MainWindow::applyReadOnly);
    connect(doc, &StatementDocument::readOnlyChanged, this, [this] {
        // Editable again (the other user closed it): a reviewer comments first, as on opening.
        m_reviewReadOnly = opensForReviewer(*m_document);
        applyReadOnly();
        updateTitle();
        updateActions();
    });
    connect(doc, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
        if (pointer == u"/language" && m_document)
            m_spellCheck->setLanguage(m_document->statement().language);
    });
    m_spellCheck->setLanguage(doc->statement().language);
    applyReadOnly();
    updateTitle();
    updateActions();
    // What reviewers said is the first thing to read in a draft that has it.
    if (openComments() > 0) {
        m_commentsDock->show();
        m_commentsDock->raise();
    }
}

bool MainWindow::opensForReviewer(const StatementDocument &document) const
{
    const std::optional<Review> &review = document.statement().review;
    if (!review || review->state != ReviewState::InReview || document.isReadOnly())
        return false;
    // Whoever sent it for review is the one who edits it; the history says who that was.
    const QString sentBy = ReviewEditing::sentForReviewBy(*review);
    const QString me = m_settings->value(Settings::ReviewerName);
    return sentBy.isEmpty() || me.isEmpty() || sentBy.compare(me, Qt::CaseInsensitive) != 0;
}

void MainWindow::setEditingTexts(bool editing)
{
    m_reviewReadOnly = !editing && m_document && opensForReviewer(*m_document);
    applyReadOnly();
    if (editing)
        statusBar()->showMessage(tr("You can edit the texts. Comments are still the way to suggest a change to the secretary."), 8000);
}

void MainWindow::applyReadOnly()
{
    const bool locked = !m_document || m_document->isReadOnly();
    // The editor follows the document's state itself; the review's choice is the window's.
    m_ui->editor->setReadOnly(m_reviewReadOnly);
    // The undo actions work on the stack directly: no stack, no undo while read-only.
    m_undoGroup->setActiveStack(m_document && !locked ? m_document->undoStack() : nullptr);
    m_comments->setCommentingAllowed(!locked);
    m_reviewMenu->setCommentingAllowed(!locked);
    // A review from Word brings comments: not where the review cannot change.
    m_ui->actionImportWordReview->setEnabled(!locked);
    const bool inReview = m_document && m_document->statement().review && m_document->statement().review->state == ReviewState::InReview;
    m_editTexts->setEnabled(!locked && inReview);
    m_editTexts->setChecked(!m_reviewReadOnly && inReview);
    updateMessageBar();
}

int MainWindow::openComments() const
{
    return m_document && m_document->statement().review ? m_document->statement().review->openComments() : 0;
}

void MainWindow::discardDocument(bool changesDiscarded)
{
    // The user chose to close without saving: the recovery file must not offer it again.
    // Nothing to say if the file cannot be removed: it is offered again at the next start,
    // which loses nothing.
    if (changesDiscarded && m_recovery)
        Q_UNUSED(m_recovery->discard());
}

bool MainWindow::maybeSave()
{
    // Text still being typed counts as a change to save.
    if (m_document)
        m_document->commitPendingEdits();
    if (!m_document || !m_document->isModified() || m_document->isReadOnly())
        return true;
    const QString name = m_document->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_document->fileName()).fileName();
    const auto answer = MessageBox::question(this, tr("Save changes?"),
                                             tr("%1 has changes that are not saved.\n\nSave them before closing it?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                                             QMessageBox::Cancel, {{QMessageBox::Discard, tr("Close Without Saving")}});
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discardDocument(true);
        return true;
    }
    return false;
}

bool MainWindow::takeLock(const QString &path, std::unique_ptr<LockFile> &lock, QString &lockedBy)
{
    lockedBy.clear();
    auto candidate = std::make_unique<LockFile>(path);
    const auto taken = candidate->acquire(LockFile::Takeover::IfStale);
    if (taken) {
        lock = std::move(candidate);
        m_lockMessage.clear();
        return true;
    }
    if (taken.error().kind == LockError::Kind::CannotWrite) {
        // A folder we may not write to: the statement opens, others just cannot see it is open.
        m_lockMessage = tr("Others cannot see that you have this statement open: %1").arg(taken.error().message);
        return true;
    }
    const LockOwner owner = taken.error().owner;
    const QString who = owner.unknown ? tr("someone else") : owner.text();
    const auto answer = MessageBox::question(
        this, tr("The statement is open elsewhere"),
        tr("%1 is open by %2.\n\nOpen it read-only to look at it, or open it anyway to edit it (when you both save, one "
           "loses the other's changes)?")
            .arg(QFileInfo(path).fileName(), who),
        QMessageBox::Yes | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Yes, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Open Read-Only")}, {QMessageBox::Ignore, tr("Open Anyway")}});
    if (answer == QMessageBox::Yes) {
        lockedBy = owner.hasItOpen();
        m_lockMessage = tr("It becomes editable here when they close it; Save As makes an editable copy now.");
        return true;
    }
    if (answer == QMessageBox::Ignore) {
        const auto forced = candidate->acquire(LockFile::Takeover::Always);
        if (forced)
            lock = std::move(candidate);
        m_lockMessage = forced ? tr("Opened although %1 has it open: agree who saves.").arg(who)
                               : tr("Others cannot see that you have this statement open: %1").arg(forced.error().message);
        return true;
    }
    return false;
}

bool MainWindow::recheckLock()
{
    if (!m_lockedReadOnly || !m_document)
        return m_document && !m_document->isReadOnly();
    const QString path = m_document->fileName();
    auto candidate = std::make_unique<LockFile>(path);
    if (const auto taken = candidate->acquire(LockFile::Takeover::IfStale); !taken) {
        // Someone else again, or another user's lock in their place: say who now.
        if (taken.error().kind == LockError::Kind::Locked)
            m_document->setReadOnly(taken.error().owner.hasItOpen());
        return false;
    }
    m_lockCheck->stop();
    m_lockedReadOnly = false;
    m_lockMessage.clear();
    // What they saved must not be overwritten by the older statement shown here: read it
    // again. Changes kept here (a recovered draft) stay, as when opening anyway.
    if (!m_document->isModified()) {
        auto reread = StatementDocument::open(path);
        if (reread && reread.value()->statement() != m_document->statement()) {
            setDocument(std::move(reread).value(), std::move(candidate));
            statusBar()->showMessage(tr("The other user closed the statement: it is editable now, with the changes they saved."),
                                     15000);
            return !m_document->isReadOnly();
        }
    }
    m_lock = std::move(candidate);
    // Cannot fail: only a file from a newer Yttra stays read-only, and that is never locked read-only.
    const auto editable = m_document->setEditable();
    Q_ASSERT(editable.ok());
    Q_UNUSED(editable);
    statusBar()->showMessage(tr("The other user closed the statement: it is editable now."), 15000);
    return true;
}

bool MainWindow::openFile(const QString &path, OpenMode mode)
{
    if (m_document && !m_document->fileName().isEmpty() && SaveFile::isSameFile(m_document->fileName(), path))
        return true; // already open here
    auto opened = StatementDocument::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open the statement"), opened.error().text());
        return false;
    }
    std::unique_ptr<LockFile> lock;
    QString lockedBy;
    const QString previousLockMessage = m_lockMessage;
    if (mode == OpenMode::ReadOnly && !opened.value()->isReadOnly())
        opened.value()->setReadOnly(tr("opened with File → Open Read-Only; Save As makes an editable copy."));
    else if (!opened.value()->isReadOnly() && !takeLock(path, lock, lockedBy)) {
        m_lockMessage = previousLockMessage;
        return false;
    }
    if (!maybeSave()) {
        m_lockMessage = previousLockMessage;
        return false;
    }
    setDocument(std::move(opened).value(), std::move(lock), lockedBy);
    m_settings->addRecentFile(QFileInfo(path).absoluteFilePath());
    // Opened all the same; what was passed over (a logo that cannot be read) is kept in the
    // file as it was, and the user should know the outputs go without it.
    if (const QList<FormatError> &passedOver = m_document->openWarnings(); !passedOver.isEmpty()) {
        QStringList lines;
        for (const FormatError &warning : passedOver)
            lines.append(warning.location.isEmpty() ? warning.message : warning.location + u": "_s + warning.message);
        MessageBox::warning(this, tr("Opened, with warnings"),
                            tr("%1 was opened, but:\n\n%2").arg(QDir::toNativeSeparators(path), lines.join(u"\n\n"_s)));
    }
    return true;
}

void MainWindow::openExample()
{
    if (!maybeSave())
        return;
    m_lockMessage.clear();
    setDocument(std::make_unique<StatementDocument>(Example::statement()));
}

bool MainWindow::newStatement()
{
    if (!maybeSave())
        return false;
    Statement statement;
    statement.board = m_settings->value(Settings::DefaultBoard);
    statement.office = m_settings->value(Settings::DefaultOffice);
    statement.address = m_settings->value(Settings::DefaultAddress);
    m_lockMessage.clear();
    setDocument(std::make_unique<StatementDocument>(statement));
    m_ui->editor->showPage(StatementEditor::Page::Details);
    return true;
}

bool MainWindow::newFollowUp(const QString &from, const QString &to)
{
    m_document->commitPendingEdits();
    auto derived = FollowUp::derive(m_document->statement(), from, to);
    if (!derived) {
        MessageBox::critical(this, tr("Cannot start the follow-up"), derived.error());
        return false;
    }
    // The first statement's unsaved changes are in the follow-up; they are kept for it too.
    if (!maybeSave())
        return false;
    m_lockMessage.clear();
    setDocument(std::make_unique<StatementDocument>(std::move(derived).value()));
    statusBar()->showMessage(tr("A new follow-up statement: save it under a name of its own."), 10000);
    return true;
}

bool MainWindow::newFromReport(const QString &path)
{
    // Only a scanned report takes long (seconds a page), so the progress is shown only when
    // a page is recognised; a report with text is read before anyone would notice.
    std::unique_ptr<QProgressDialog> progress;
    ReadOptions options;
    options.recognizing = [this, &progress](int page, int pageCount) {
        if (!progress) {
            progress = std::make_unique<QProgressDialog>(this);
            progress->setObjectName(u"recognitionProgress"_s);
            progress->setWindowTitle(tr("Reading the Audit Report"));
            progress->setWindowModality(Qt::WindowModal);
            progress->setCancelButton(nullptr); // recognition of a page cannot be interrupted
            progress->setMinimumDuration(0);
            progress->setAutoClose(false);
            progress->setRange(0, pageCount);
        }
        progress->setLabelText(tr("Reading page %1 of %2 with text recognition…").arg(page).arg(pageCount));
        progress->setValue(page - 1);
        // Recognition runs in this thread: let the dialog paint before the next page blocks it.
        QCoreApplication::processEvents();
    };
    auto imported = ReportImporter::import(path, options);
    progress.reset();
    if (!imported) {
        MessageBox::critical(this, tr("Cannot read the audit report"), imported.error().text());
        return false;
    }
    ImportDialog dialog(std::move(imported).value(), this);
    dialog.setObjectName(u"importDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!maybeSave())
        return false;
    m_lockMessage.clear();
    setDocument(std::make_unique<StatementDocument>(dialog.statement()));
    statusBar()->showMessage(tr("A new statement from the audit report: check the items, then save it."), 10000);
    return true;
}

void MainWindow::chooseReport()
{
    const QString path = FileDialog::openFileName(this, tr("New Statement from Audit Report"), QString(),
                                                  tr("Audit reports (*.pdf *.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        newFromReport(path);
}

void MainWindow::chooseFollowUp()
{
    FollowUpDialog dialog(m_document->statement().date, QString(), this);
    dialog.setObjectName(u"followUpDialog"_s);
    if (dialog.exec() == QDialog::Accepted)
        newFollowUp(dialog.from(), dialog.to());
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->fileName().isEmpty() || m_lockedReadOnly)
        return saveAs();
    const auto saved = m_document->save();
    if (!saved) {
        MessageBox::critical(this, tr("Cannot save the statement"), saved.error().text());
        // A refusal names the field to mend: go there.
        if (saved.error().location.startsWith(u'/'))
            m_ui->editor->revealPointer(saved.error().location);
        return false;
    }
    m_settings->addRecentFile(QFileInfo(m_document->fileName()).absoluteFilePath());
    showSaved(statusBar(), m_document->fileName(), saved.value());
    return true;
}

bool MainWindow::saveAs(const QString &chosen)
{
    if (!m_document)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        path = FileDialog::saveFileName(this, tr("Save Statement As"), suggestedExportPath(u"yttrande"_s), FileDialog::statementFilter(),
                                        u"yttrande"_s);
        if (path.isEmpty())
            return false;
    }
    // A new file gets a lock of its own before anything is written to it.
    const bool sameFile = !m_document->fileName().isEmpty() && SaveFile::isSameFile(m_document->fileName(), path);
    std::unique_ptr<LockFile> lock;
    if (!sameFile || m_lockedReadOnly) {
        lock = std::make_unique<LockFile>(path);
        if (const auto taken = lock->acquire(LockFile::Takeover::IfStale); !taken) {
            if (taken.error().kind == LockError::Kind::Locked) {
                MessageBox::critical(this, tr("Cannot save the statement"),
                                     tr("%1 is open by %2; save under another name.")
                                         .arg(QDir::toNativeSeparators(path), taken.error().owner.text()));
                return false;
            }
            lock.reset(); // cannot lock there: save all the same
        }
    }
    // The other user has closed it since, and the user chose to write over it.
    if (sameFile && lock && m_lockedReadOnly)
        Q_UNUSED(m_document->setEditable()); // cannot fail: read-only for the lock alone
    const auto saved = m_document->saveAs(path);
    if (!saved) {
        MessageBox::critical(this, tr("Cannot save the statement"), saved.error().text());
        if (saved.error().location.startsWith(u'/'))
            m_ui->editor->revealPointer(saved.error().location);
        return false;
    }
    if (lock || m_lockedReadOnly) {
        m_lock = std::move(lock);
        m_lockMessage.clear();
    }
    // The copy is the user's own: the document made itself editable when it was saved.
    m_lockedReadOnly = false;
    m_lockCheck->stop();
    m_settings->addRecentFile(QFileInfo(path).absoluteFilePath());
    showSaved(statusBar(), path, saved.value());
    updateTitle();
    updateActions();
    updateMessageBar();
    return true;
}

bool MainWindow::offerRecovery()
{
    const QList<PendingRecovery> pending = Recovery::pendingRecoveries(m_recoveryFolder);
    for (const PendingRecovery &recovery : pending) {
        if (!recovery.problem.isEmpty())
            continue;
        QString what = recovery.isUntitled() ? tr("an untitled statement") : QDir::toNativeSeparators(recovery.originalPath);
        const QString about = QStringList{recovery.board, recovery.auditTitle}.join(u", "_s).trimmed();
        if (!about.isEmpty() && about != u",")
            what += u" ("_s + about + u')';
        const auto answer = MessageBox::question(
            this, tr("Recover unsaved changes?"),
            tr("Yttra ended without saving the changes to %1 (last kept %2).\n\nRecover them now? Discard removes them for "
               "good; Cancel asks again at the next start.")
                .arg(what, QLocale().toString(recovery.saved, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes, QMessageBox::Cancel,
            {{QMessageBox::Yes, tr("Recover")}});
        if (answer == QMessageBox::Discard) {
            if (const auto removed = Recovery::removeRecoveryFile(recovery.recoveryFile); !removed)
                MessageBox::warning(this, tr("Cannot remove the recovery file"), removed.error().text());
            continue;
        }
        if (answer != QMessageBox::Yes)
            return false;
        auto recovered = Recovery::recover(recovery.recoveryFile);
        if (!recovered) {
            MessageBox::critical(this, tr("Cannot recover the statement"), recovered.error().text());
            continue;
        }
        std::unique_ptr<LockFile> lock;
        QString lockedBy;
        if (!recovery.isUntitled() && !takeLock(recovery.originalPath, lock, lockedBy))
            return false;
        if (!maybeSave())
            return false;
        setDocument(std::move(recovered).value(), std::move(lock), lockedBy);
        // The draft stays in its recovery file until it is saved.
        m_recovery->adopt(recovery.recoveryFile);
        statusBar()->showMessage(tr("Recovered. Save the statement to keep the changes."), 10000);
        return true;
    }
    return false;
}

void MainWindow::updateTitle()
{
    if (!m_document)
        return;
    const QString name = m_document->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_document->fileName()).fileName();
    const bool readOnly = m_document->isReadOnly();
    setWindowTitle(readOnly ? tr("%1[*] (read-only) — Yttra").arg(name) : tr("%1[*] — Yttra").arg(name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->fileName());
}

void MainWindow::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_ui->actionSave->setEnabled(editable);
    m_ui->actionNewFollowUp->setEnabled(m_document && m_document->statement().kind == StatementKind::First);
}

void MainWindow::updateMessageBar()
{
    QStringList messages;
    const bool readOnly = m_document && m_document->isReadOnly();
    const QString readOnlyText = readOnly ? tr("Read-only: %1").arg(m_document->readOnlyReason()) : QString();
    if (readOnly)
        messages.append(u"<b>%1</b>"_s.arg(readOnlyText.toHtmlEscaped()));
    if (!m_lockMessage.isEmpty())
        messages.append(m_lockMessage.toHtmlEscaped());
    if (m_reviewReadOnly) {
        messages.append(tr("This draft is in review: the texts are read-only so that you comment on them (Review → Comment on "
                           "This Field, Ctrl+Alt+M).")
                            .toHtmlEscaped()
                        + u" <a href=\"edit\">%1</a>"_s.arg(tr("Edit the texts").toHtmlEscaped()));
    }
    m_ui->messageBar->setText(messages.join(u"<br>"_s));
    m_ui->messageBar->setVisible(!messages.isEmpty());
    m_readOnlyStatus->setText(readOnlyText);
    m_readOnlyStatus->setVisible(readOnly);
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_settings->value(Settings::RecentFiles);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // &1 … &9, then &0: every entry a key press away.
        const QString key = i < 9 ? QString::number(i + 1) : u"0"_s;
        QAction *action = menu->addAction(u"&%1 %2"_s.arg(key, QFileInfo(file).fileName()));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setEnabled(i < 10);
        connect(action, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file)) {
                m_settings->removeRecentFile(file);
                MessageBox::warning(this, tr("Cannot open the statement"),
                                    tr("%1 is no longer there; it is taken off the list.").arg(QDir::toNativeSeparators(file)));
                return;
            }
            openFile(file);
        });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent statements"))->setEnabled(false);
}

void MainWindow::chooseFile(OpenMode mode)
{
    const QString folder = m_document && !m_document->fileName().isEmpty() ? QFileInfo(m_document->fileName()).absolutePath() : QString();
    const QString title = mode == OpenMode::ReadOnly ? tr("Open Statement Read-Only") : tr("Open Statement");
    const QString path = FileDialog::openFileName(this, title, folder, FileDialog::statementFilter());
    if (!path.isEmpty())
        openFile(path, mode);
}

QString MainWindow::suggestedExportPath(const QString &suffix) const
{
    const QString file = m_document->fileName();
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        return info.dir().filePath(info.completeBaseName() + u'.' + suffix);
    }
    // A reference such as "KR-2026/0012" is not a file name as it stands.
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\s]+"_s);
    QString name = m_document->statement().audit.reference.trimmed().replace(unsafe, u"-"_s);
    if (name.isEmpty())
        name = DocumentLabels(m_document->statement().language).phrase(DocumentLabels::Phrase::DocumentType);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u'.' + suffix);
}

QString MainWindow::suggestedExcelPath() const
{
    return suggestedExportPath(u"xlsx"_s);
}

void MainWindow::chooseExcelFile()
{
    const QString path = FileDialog::saveFileName(this, tr("Export to Excel"), suggestedExcelPath(), tr("Excel workbooks (*.xlsx)"), u"xlsx"_s);
    if (!path.isEmpty())
        exportToExcel(path);
}

bool MainWindow::exportToExcel(const QString &path)
{
    return exportFile(path,
                      {.cannotExport = tr("Cannot export to Excel"),
                       .ownFile = tr("%1 is the statement's own file; choose another name for the workbook."),
                       .exported = tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                       .warningsTitle = tr("Exported to Excel, with warnings"),
                       .warnings = tr("The workbook %1 was written, but:\n\n%2")},
                      [&] { return XlsxExporter::write(m_document->statement(), path); });
}

void MainWindow::choosePdfFile(PdfCopy copy)
{
    // Open comments are a reason to ask: they never show in the statement for the board,
    // and a reviewer on paper may want them.
    if (const int open = openComments(); copy == PdfCopy::Statement && open > 0) {
        const auto answer = MessageBox::question(
            this, tr("Export to PDF"),
            tr("The statement has %n open comment(s). The PDF for the board and the diarium never shows comments; a review "
               "copy lists them as numbered end notes, marked where they are in the text.",
               nullptr, open),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes, QMessageBox::Cancel,
            {{QMessageBox::Yes, tr("The Statement")}, {QMessageBox::No, tr("A Review Copy")}});
        if (answer == QMessageBox::Cancel)
            return;
        copy = answer == QMessageBox::No ? PdfCopy::ReviewCopy : PdfCopy::Statement;
    }
    const QString suggested = copy == PdfCopy::ReviewCopy
        ? suggestedExportPath(u"pdf"_s).replace(QRegularExpression(u"\\.pdf$"_s), u"-"_s + tr("review-copy") + u".pdf"_s)
        : suggestedExportPath(u"pdf"_s);
    const QString path = FileDialog::saveFileName(this, copy == PdfCopy::ReviewCopy ? tr("Export Review Copy as PDF") : tr("Export to PDF"),
                                                  suggested, FileDialog::pdfFilter(), u"pdf"_s);
    if (!path.isEmpty())
        exportToPdf(path, copy);
}

bool MainWindow::exportToPdf(const QString &path, PdfCopy copy)
{
    return exportFile(path,
                      {.cannotExport = tr("Cannot export to PDF"),
                       .ownFile = tr("%1 is the statement's own file; choose another name for the PDF."),
                       .exported = tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                       .warningsTitle = tr("Exported to PDF, with warnings"),
                       .warnings = tr("The PDF %1 was written, but:\n\n%2")},
                      [&] { return explained(PdfExporter::write(outputStatement(), path, copy)); });
}

bool MainWindow::exportFile(const QString &path, const ExportTexts &texts, const std::function<Result<QStringList, FileError>()> &write)
{
    m_document->commitPendingEdits();
    const QString file = QDir::toNativeSeparators(path);
    if (!m_document->fileName().isEmpty() && SaveFile::isSameFile(m_document->fileName(), path)) {
        MessageBox::critical(this, texts.cannotExport, texts.ownFile.arg(file));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = write();
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, texts.cannotExport, written.error().text());
        return false;
    }
    statusBar()->showMessage(texts.exported, 10000);
    if (!written.value().isEmpty())
        MessageBox::warning(this, texts.warningsTitle, texts.warnings.arg(file, written.value().join(u"\n\n"_s)));
    return true;
}

Result<QStringList, FileError> MainWindow::explained(Result<QStringList, FileError> written) const
{
    if (written)
        written.value() = explained(written.value());
    return written;
}

QStringList MainWindow::explained(QStringList warnings) const
{
    // A logo left out that the statement does not carry came from the settings: say where
    // to change it, or the user looks for it in the statement's details in vain.
    const Statement &statement = m_document->statement();
    const Logo logo = BoardLogo::effective(statement, m_settings);
    if (!warnings.isEmpty() && statement.logo.isEmpty() && !logo.isEmpty() && !LogoImage::read(logo)) {
        warnings.append(tr("The logo is the one the settings keep for %1: choose another under Edit → Settings, or give the "
                           "statement a logo of its own in its details.")
                            .arg(statement.board.trimmed()));
    }
    return warnings;
}

Statement MainWindow::outputStatement() const
{
    return BoardLogo::forOutput(m_document->statement(), m_settings);
}

QString MainWindow::wordTemplate() const
{
    return m_settings->wordTemplate(m_document->statement().board);
}

bool MainWindow::pickWordTemplate(const QString &board)
{
    const QString path = FileDialog::wordTemplate(this, board, m_settings->wordTemplate(board));
    if (path.isEmpty())
        return false;
    if (const auto stored = m_settings->setWordTemplate(board, path); !stored) {
        MessageBox::critical(this, tr("Cannot use the Word template"), stored.error());
        return false;
    }
    statusBar()->showMessage(tr("Word documents of %1 are now made in the template %2.").arg(board, QDir::toNativeSeparators(path)), 10000);
    return true;
}

bool MainWindow::chooseWordTemplate()
{
    const QString title = tr("Word Template for This Board");
    const QString board = m_document->statement().board.trimmed();
    if (board.isEmpty()) {
        MessageBox::information(this, title,
                                tr("Yttra keeps a Word template for each board, and this statement names no board yet. "
                                   "Write the board's name under Statement Details first."));
        return false;
    }
    const QString current = m_settings->wordTemplate(board);
    if (current.isEmpty())
        return pickWordTemplate(board);
    const QString now = QFileInfo(current).isFile()
        ? tr("The Word documents of %1 are made in the template %2.").arg(board, QDir::toNativeSeparators(current))
        : tr("The Word documents of %1 are made in the template %2, which is no longer there.")
              .arg(board, QDir::toNativeSeparators(current));
    const auto answer = MessageBox::question(
        this, title, now + u"\n\n"_s + tr("Choose another template, or go back to Yttra's built-in template?"),
        QMessageBox::Open | QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Open, QMessageBox::Cancel,
        {{QMessageBox::Open, tr("Choose Another…")}, {QMessageBox::Reset, tr("Use Yttra's Built-in Template")}});
    if (answer == QMessageBox::Open)
        return pickWordTemplate(board);
    if (answer != QMessageBox::Reset)
        return false;
    // Cannot fail: the board has a name.
    const auto stored = m_settings->setWordTemplate(board, QString());
    Q_UNUSED(stored);
    statusBar()->showMessage(tr("Word documents of %1 are now made in Yttra's built-in template.").arg(board), 10000);
    return true;
}

std::optional<QString> MainWindow::templateForExport()
{
    const QString chosen = wordTemplate();
    if (chosen.isEmpty() || QFileInfo(chosen).isFile())
        return chosen;
    const QString board = m_document->statement().board.trimmed();
    const auto answer = MessageBox::question(
        this, tr("Export to Word"),
        tr("The Word template chosen for %1, %2, is no longer there: moved, renamed, or on a drive that is not connected.")
                .arg(board, QDir::toNativeSeparators(chosen))
            + u"\n\n"_s + tr("Choose the template again, or export in Yttra's built-in template this time?"),
        QMessageBox::Open | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Open, QMessageBox::Cancel,
        {{QMessageBox::Open, tr("Choose the Template…")}, {QMessageBox::Ignore, tr("Use Yttra's Built-in Template")}});
    if (answer == QMessageBox::Ignore)
        return QString(); // the choice stays remembered: the drive may be back next time
    if (answer == QMessageBox::Open && pickWordTemplate(board))
        return wordTemplate();
    return std::nullopt;
}

void MainWindow::chooseWordFile()
{
    const auto templatePath = templateForExport();
    if (!templatePath)
        return;
    const QString title = templatePath->isEmpty() ? tr("Export to Word")
                                                  : tr("Export to Word in the Template %1").arg(QFileInfo(*templatePath).fileName());
    const QString path = FileDialog::saveFileName(this, title, suggestedExportPath(u"docx"_s), FileDialog::wordFilter(), u"docx"_s);
    if (!path.isEmpty())
        exportToWord(path, *templatePath);
}

bool MainWindow::exportToWord(const QString &path, const QString &templatePath)
{
    // Writing over the template itself DocxExporter::write refuses, with the reason.
    const QString file = QDir::toNativeSeparators(path);
    return exportFile(path,
                      {.cannotExport = tr("Cannot export to Word"),
                       .ownFile = tr("%1 is the statement's own file; choose another name for the Word document."),
                       .exported = templatePath.isEmpty()
                           ? tr("Exported to %1 in Yttra's built-in Word template").arg(file)
                           : tr("Exported to %1 in the template %2").arg(file, QFileInfo(templatePath).fileName()),
                       .warningsTitle = tr("Exported to Word, with warnings"),
                       .warnings = tr("The document %1 was written, but:\n\n%2")},
                      [&] {
                          return explained(DocxExporter::write(outputStatement(), path,
                                                               {templatePath, m_settings->value(Settings::ReviewerName)}));
                      });
}

void MainWindow::chooseWordReview()
{
    const QString folder = m_document && !m_document->fileName().isEmpty() ? QFileInfo(m_document->fileName()).absolutePath() : QString();
    const QString path = FileDialog::openFileName(this, tr("Import Review from Word"), folder, FileDialog::wordFilter());
    if (!path.isEmpty())
        importReviewFromWord(path);
}

bool MainWindow::importReviewFromWord(const QString &path)
{
    const QString title = tr("Cannot import the review from Word");
    if (!m_document)
        return false;
    if (m_document->isReadOnly()) {
        MessageBox::warning(this, title,
                            tr("The statement is read-only, so neither its comments nor its texts can change here.") + u"\n\n"_s
                                + m_document->readOnlyReason());
        return false;
    }
    // The changes made in Word are compared with the texts as they are now.
    m_document->commitPendingEdits();
    const auto read = WordReviewImport::read(path, m_document->statement());
    if (!read) {
        MessageBox::critical(this, title, read.error().text());
        return false;
    }
    const WordReview &review = read.value();
    const auto merged = m_reviewMenu->mergeComments(review.copyWithComments(m_document->statement()));
    if (!merged) {
        MessageBox::critical(this, title, merged.error());
        return false;
    }
    const CommentMergeResult &result = merged.value();
    const QString name = QFileInfo(path).fileName();
    const bool newComments = !result.isEmpty();
    const bool more = !review.changes.isEmpty() || !review.notPlaced.isEmpty() || !review.missingFields.isEmpty()
        || !review.notes.isEmpty();
    if (!newComments && !more) {
        MessageBox::information(this, tr("Import Review from Word"),
                                tr("%1 has no comments or changes that are not here already.").arg(name));
        return true;
    }
    const QString commentsReport = m_reviewMenu->describe(result, name);
    if (!more) {
        if (result.conflicts.isEmpty())
            MessageBox::information(this, tr("Review from Word imported"), commentsReport);
        else
            MessageBox::warning(this, tr("Review from Word imported, with conflicts"), commentsReport);
    } else {
        showProposedChanges(review, name, commentsReport);
    }
    statusBar()->showMessage(tr("Imported the review from %1. Undo takes back what was taken in, step by step.").arg(name), 10000);
    return true;
}

void MainWindow::showProposedChanges(const WordReview &review, const QString &name, const QString &commentsReport)
{
    ProposedChangesDialog dialog(m_document.get(), review, name, commentsReport, this);
    dialog.setObjectName(u"proposedChangesDialog"_s);
    if (m_reviewReadOnly && !review.changes.isEmpty()) {
        dialog.setTextsReadOnly(tr("This draft is in review and its texts are read-only for you, so no change can be accepted "
                                   "here: comment on the text instead, or choose to edit the texts."),
                                true);
        connect(&dialog, &ProposedChangesDialog::editTextsWanted, this, [this, &dialog] {
            setEditingTexts(true);
            if (!m_reviewReadOnly)
                dialog.setTextsReadOnly(QString());
        });
    }
    dialog.exec();
}

void MainWindow::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle().remove(u"[*]"_s));
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

bool MainWindow::print(QPrinter &printer)
{
    m_document->commitPendingEdits();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Laid out now, from the statement as it is: the preview may be a moment behind.
    const auto layout = PdfDocument::layout(outputStatement());
    const auto printed = layout ? PagePrinter::print(layout.value(), printer) : Result<void>::failure(layout.error());
    QApplication::restoreOverrideCursor();
    if (!printed) {
        MessageBox::critical(this, tr("Cannot print the statement"), printed.error());
        return false;
    }
    statusBar()->showMessage(tr("Sent to the printer"), 5000);
    if (const QStringList &warnings = layout.value().warnings(); !warnings.isEmpty()) {
        MessageBox::warning(this, tr("Printed, with warnings"),
                            tr("The statement was sent to the printer, but:\n\n%1").arg(explained(warnings).join(u"\n\n"_s)));
    }
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setObjectName(u"settingsDialog"_s);
    dialog.setBoard(m_document->statement().board);
    dialog.exec();
}

void MainWindow::cyclePane(int delta)
{
    // The navigator, the form, and the panels that are shown, in that order.
    StatementEditor *editor = m_ui->editor;
    QList<QWidget *> panes{editor->navigator(), editor->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()};
    if (editor->completenessPanel()->isVisible())
        panes.append(editor->completenessPanel()->list());
    if (m_previewDock->isVisible())
        panes.append(m_preview);
    if (m_commentsDock->isVisible())
        panes.append(m_comments);
    qsizetype current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        QWidget *next = panes.at(((current + delta * step) % panes.size() + panes.size()) % panes.size());
        if (next->focusPolicy() & Qt::TabFocus ? (next->setFocus(Qt::TabFocusReason), true) : focusFirstIn(next))
            return;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Another window of Yttra, or a dialog of another program: keep what is typed.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && m_recovery)
        Q_UNUSED(m_recovery->saveNow());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!statementFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = statementFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(files.first());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Yttra"),
                       tr("<p><b>Yttra %1</b></p><p>Writes a board's statements to its auditors, from the audit "
                          "report to the signed PDF and the Excel action plan.</p><p>Licensed under the GNU GPL, "
                          "version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace yttra
