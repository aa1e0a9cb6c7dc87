// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerwindow.h"

#include "common/filedialog.h"
#include "register/registerfiltermodel.h"
#include "register/registermodel.h"
#include "session/settings.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Watching is for noticing changes; a tree larger than this is still read, just not every
// one of its folders watched (each watch costs the system a handle).
constexpr int maxWatchedFolders = 4000;

QComboBox *filterCombo(const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(260);
    return combo;
}

// Fills a combo box with "all" and the values found, keeping the value chosen when it is
// still there (else back to "all").
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &values)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    for (const auto &[text, value] : values)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

RegisterWindow::RegisterWindow(Settings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_settings(settings)
    , m_model(new RegisterModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_quiet(new QTimer(this))
    , m_slow(new QTimer(this))
{
    setObjectName(u"registerWindow"_s);
    setWindowTitle(tr("Register"));
    resize(1200, 700);
    m_filter->setSourceModel(m_model);

    // The folder, chosen or typed, and reading it again.
    auto *folderBar = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    m_folderEdit = new QLineEdit;
    m_folderEdit->setObjectName(u"folderEdit"_s);
    m_folderEdit->setPlaceholderText(tr("A folder of statements, such as the board's folder on the shared drive"));
    m_folderEdit->setClearButtonEnabled(false);
    folderLabel->setBuddy(m_folderEdit);
    m_chooseFolder = new QPushButton(tr("F&older…"));
    m_chooseFolder->setObjectName(u"chooseFolder"_s);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    m_refresh->setObjectName(u"refresh"_s);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the folder again (F5); it is also read again when files in it change"));
    folderBar->addWidget(folderLabel);
    folderBar->addWidget(m_folderEdit, 1);
    folderBar->addWidget(m_chooseFolder);
    folderBar->addWidget(m_refresh);
    connect(m_chooseFolder, &QPushButton::clicked, this, &RegisterWindow::chooseFolder);
    connect(m_refresh, &QPushButton::clicked, this, &RegisterWindow::refresh);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_folderEdit->text().trimmed();
        if (!typed.isEmpty())
            setFolder(QDir::fromNativeSeparators(typed));
    });

    auto *filterBar = new QWidget;
    setUpFilters(filterBar);

    m_table = new QTableView;
    m_table->setObjectName(u"registerTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegisterModel::NextDateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RegisterModel::TextColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click (or Enter) opens the statement at the item"));
    connect(m_table, &QTableView::activated, this, &RegisterWindow::activate);

    // Counts per state, and the progress of a read that takes a while.
    auto *statusBar = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(u"registerSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"registerProgress"_s);
    m_progress->setRange(0, 0); // how many files there are is known only at the end
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("Reading…"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar->addWidget(m_summary, 1);
    statusBar->addWidget(m_progress);

    // The files that could not be used, named with the reason; folded away until wanted.
    m_problemsToggle = new QToolButton;
    m_problemsToggle->setObjectName(u"problemsToggle"_s);
    m_problemsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsToggle->setAutoRaise(true);
    m_problemsToggle->setCheckable(true);
    m_problemsToggle->setArrowType(Qt::RightArrow);
    m_problemsToggle->hide();
    m_problems = new QListWidget;
    m_problems->setObjectName(u"registerProblems"_s);
    m_problems->setMaximumHeight(140);
    m_problems->setWordWrap(true);
    m_problems->hide();
    connect(m_problemsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_problemsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_problems->setVisible(open);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderBar);
    layout->addWidget(filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusBar);
    layout->addWidget(m_problemsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_problems);

    m_quiet->setSingleShot(true);
    m_quiet->setInterval(1000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RegisterWindow::folderChanged);
    connect(m_quiet, &QTimer::timeout, this, &RegisterWindow::refresh);
    m_slow->setSingleShot(true);
    m_slow->setInterval(500);
    connect(m_slow, &QTimer::timeout, this, [this] { m_progress->setVisible(isReading()); });

    updateSummary();
    if (m_settings) {
        const QString remembered = m_settings->value(Settings::RegisterFolder);
        if (!remembered.isEmpty())
            setFolder(remembered);
    }
}

RegisterWindow::~RegisterWindow()
{
    // A read still running finishes first: it uses nothing of the window, but must not
    // outlive the program.
    for (const QPointer<QThread> &thread : std::as_const(m_reading)) {
        if (thread)
            thread->wait();
    }
}

void RegisterWindow::setUpFilters(QWidget *bar)
{
    m_board = filterCombo(u"boardFilter"_s, tr("Only this board's items"));
    m_audit = filterCombo(u"auditFilter"_s, tr("Only this audit's items"));
    m_year = filterCombo(u"yearFilter"_s, tr("Only the items of statements of this year"));
    m_state = filterCombo(u"stateFilter"_s, tr("Only the items in this state"));
    m_responsible
        = filterCombo(u"responsibleFilter"_s, tr("Only the items with a measure this person is responsible for"));
    m_search = new QLineEdit;
    m_search->setObjectName(u"registerSearch"_s);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setToolTip(tr("Only the items with all these words, in any column"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_state->addItem(tr("All states"));
    for (const auto &[state, name] : registerStateNames)
        m_state->addItem(RegisterModel::stateIcon(state), RegisterStateRules::displayName(state), int(state));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Sho&w:"));
    label->setBuddy(m_board);
    layout->addWidget(label);
    for (QComboBox *combo : { m_board, m_audit, m_year, m_state, m_responsible }) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterWindow::applyFilters);
    }
    layout->addStretch(1);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterWindow::applyFilters);
    fillFilters();
}

void RegisterWindow::setFolder(const QString &folder)
{
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_folderEdit->setText(QDir::toNativeSeparators(m_folder));
    setWindowTitle(tr("Register – %1").arg(QFileInfo(m_folder).fileName()));
    if (m_settings) {
        const auto stored = m_settings->setValue(Settings::RegisterFolder, m_folder);
        Q_UNUSED(stored); // a path that is not empty is always acceptable
    }
    watchFolders();
    refresh();
}

void RegisterWindow::setToday(QDate today)
{
    m_options.today = today;
    if (!m_folder.isEmpty())
        refresh();
}

void RegisterWindow::setReaderOptions(const RegisterReader::Options &options)
{
    const QDate today = m_options.today;
    m_options = options;
    m_options.today = today;
}

void RegisterWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RegisterWindow::folderChanged()
{
    // Hidden, nobody looks: read once when it shows again rather than at every change.
    if (isVisible())
        m_quiet->start();
    else
        m_stale = true;
}

void RegisterWindow::setQuietPause(int milliseconds)
{
    m_quiet->setInterval(milliseconds);
}

void RegisterWindow::chooseFolder()
{
    const QString chosen = FileDialog::existingFolder(this, tr("The Register's Folder"), m_folder);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void RegisterWindow::refresh()
{
    if (m_folder.isEmpty())
        return;
    m_quiet->stop();
    m_stale = false;
    const quint64 generation = ++m_generation;
    const QString folder = m_folder;
    const RegisterReader::Options options = m_options;
    // Filled in the worker, read here once it has finished.
    auto result = std::make_shared<std::optional<Result<Register, FileError>>>();
    QThread *thread
        = QThread::create([folder, options, result] { result->emplace(RegisterReader::read(folder, options)); });
    thread->setObjectName(u"registerReader"_s);
    m_reading.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        m_reading.removeAll(thread);
        m_reading.removeAll(nullptr);
        // A newer read was started meanwhile: only its result is shown.
        if (generation != m_generation)
            return;
        m_slow->stop();
        m_progress->hide();
        if (!result->has_value())
            return;
        if (const Result<Register, FileError> &read = **result; read.ok())
            showRegister(read.value());
        else
            showError(read.error().text());
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_slow->start();
    thread->start();
}

void RegisterWindow::showRegister(const Register &reg)
{
    m_model->setRegister(reg);
    fillFilters();
    applyFilters();
    if (m_table->horizontalHeader()->sectionSize(RegisterModel::StateColumn)
        <= m_table->horizontalHeader()->defaultSectionSize()) {
        // As wide as their contents, but never so wide that the auditors' words (which take
        // the rest) are cut to a few letters; the tooltip and a wider column show the rest.
        const int widest = fontMetrics().horizontalAdvance(u'x') * 28;
        for (int column = 0; column < RegisterModel::ColumnCount; ++column) {
            if (column == RegisterModel::TextColumn)
                continue;
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
        }
    }

    m_problems->clear();
    for (const RegisterProblem &problem : reg.problems) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), problem.text());
        item->setToolTip(QDir::toNativeSeparators(QDir(m_folder).filePath(problem.path)));
        m_problems->addItem(item);
    }
    m_problemsToggle->setVisible(!reg.problems.isEmpty());
    m_problemsToggle->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problemsToggle->setText(tr("%n file(s) could not be used", nullptr, int(reg.problems.size())));
    if (reg.problems.isEmpty())
        m_problemsToggle->setChecked(false);
    // New subfolders are watched too.
    watchFolders();
    emit registerRead(true);
}

void RegisterWindow::showError(const QString &message)
{
    m_model->setRegister(Register());
    fillFilters();
    m_problems->clear();
    m_problemsToggle->hide();
    m_problems->hide();
    updateSummary();
    m_summary->setText(tr("The folder cannot be read: %1").arg(message));
    emit registerRead(false);
}

void RegisterWindow::fillFilters()
{
    QStringList boards, audits, responsible;
    QList<int> years;
    std::map<QString, QString> auditTexts;
    for (const RegisterEntry &e : m_model->reg().entries) {
        if (!e.board.isEmpty() && !boards.contains(e.board))
            boards.append(e.board);
        const QString audit = e.auditReference.isEmpty() ? e.auditTitle : e.auditReference;
        if (!audit.isEmpty() && !auditTexts.contains(audit))
            auditTexts.emplace(audit, RegisterModel::auditText(e));
        if (const int year = QDate::fromString(e.statementDate.left(10), Qt::ISODate).year();
            year > 0 && !years.contains(year))
            years.append(year);
        for (const RegisterEntry::PromisedMeasure &m : e.measures) {
            const QString owner = m.owner.trimmed();
            if (!owner.isEmpty() && !responsible.contains(owner))
                responsible.append(owner);
        }
    }
    boards.sort(Qt::CaseInsensitive);
    responsible.sort(Qt::CaseInsensitive);
    std::sort(years.begin(), years.end(), std::greater<>());
    const auto same = [](const QStringList &values) {
        QList<std::pair<QString, QVariant>> pairs;
        for (const QString &value : values)
            pairs.append({ value, value });
        return pairs;
    };
    refill(m_board, tr("All boards"), same(boards));
    QList<std::pair<QString, QVariant>> auditPairs;
    for (const auto &[value, text] : auditTexts)
        auditPairs.append({ text, value });
    refill(m_audit, tr("All audits"), auditPairs);
    QList<std::pair<QString, QVariant>> yearPairs;
    for (const int year : std::as_const(years))
        yearPairs.append({ QString::number(year), year });
    refill(m_year, tr("All years"), yearPairs);
    refill(m_responsible, tr("Everyone responsible"), same(responsible));
}

void RegisterWindow::applyFilters()
{
    m_filter->setBoard(m_board->currentData().toString());
    m_filter->setAudit(m_audit->currentData().toString());
    m_filter->setYear(m_year->currentData().toInt());
    const QVariant state = m_state->currentData();
    m_filter->setState(state.isValid() ? std::optional(RegisterState(state.toInt())) : std::nullopt);
    m_filter->setResponsible(m_responsible->currentData().toString());
    m_filter->setSearchText(m_search->text());
    updateSummary();
}

void RegisterWindow::updateSummary()
{
    const Register &reg = m_model->reg();
    if (m_folder.isEmpty()) {
        m_summary->setText(tr("Choose the folder of the statements with Folder…"));
        return;
    }
    std::map<RegisterState, int> perState; // in the states' order
    for (const RegisterEntry &e : reg.entries)
        ++perState[e.state];
    QStringList counts;
    for (const auto &[state, n] : perState)
        counts.append(u"%1 %2"_s.arg(n).arg(RegisterStateRules::displayName(state)));
    QString text = tr("%n item(s)", nullptr, int(reg.entries.size())) + u' '
        + tr("in %n statement(s)", nullptr, reg.statementCount)
        + (counts.isEmpty() ? QString() : u": "_s + counts.join(u", "_s));
    if (m_filter->rowCount() != m_model->rowCount())
        text += u" "_s + tr("(%n shown)", nullptr, m_filter->rowCount());
    m_summary->setText(text);
}

void RegisterWindow::watchFolders()
{
    if (const QStringList watched = m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    QStringList folders { m_folder };
    QDirIterator it(
        m_folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && folders.size() < maxWatchedFolders)
        folders.append(it.next());
    m_watcher->addPaths(folders);
}

void RegisterWindow::activate(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid())
        return;
    const RegisterEntry &entry = m_model->entry(source.row());
    emit openStatement(QDir(m_folder).filePath(RegisterModel::statementFile(entry)), entry.itemId);
}

} // namespace yttra
