// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/registerreader.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;
class QToolButton;

namespace yttra {

class RegisterFilterModel;
class RegisterModel;
class Settings;
struct Register;

/// Window → Register: every recommendation in a folder tree of statements (a shared drive)
/// with its state, filtered, sorted and searched, and the files that could not be used. The
/// folder is read in a worker thread and again when files in it change; it is remembered.
/// A double click asks for the statement to be opened at the item (openStatement).
class RegisterWindow : public QWidget {
    Q_OBJECT

public:
    /// `settings` (not owned) remembers the folder; the one remembered is read at once.
    explicit RegisterWindow(Settings *settings, QWidget *parent = nullptr);
    ~RegisterWindow() override;

    /// Shows (and remembers) a folder, and reads it.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// The day the states are judged against; invalid (the default): today. For tests.
    void setToday(QDate today);
    /// How the folder is read (the cache, a hook that slows reading down); for tests. The
    /// day is setToday()'s.
    void setReaderOptions(const RegisterReader::Options &options);
    /// How long the folder must stay quiet after a change before it is read again.
    void setQuietPause(int milliseconds);

    /// Reads the folder again (a read still running is overtaken: its result is dropped).
    void refresh();
    bool isReading() const { return !m_reading.isEmpty(); }

    RegisterModel *model() const { return m_model; }
    RegisterFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *problemsList() const { return m_problems; }
    QLabel *summary() const { return m_summary; }

signals:
    /// The user wants `path` (absolute) opened at the item `itemId`.
    void openStatement(const QString &path, const QString &itemId);
    /// A read has been shown (or failed, `ok` false).
    void registerRead(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void folderChanged();
    void setUpFilters(QWidget *bar);
    void chooseFolder();
    void showRegister(const Register &reg);
    void showError(const QString &message);
    void fillFilters();
    void applyFilters();
    void updateSummary();
    void watchFolders();
    void activate(const QModelIndex &index);

    Settings *m_settings;
    QString m_folder;
    RegisterReader::Options m_options;
    // A change noticed while the window was hidden: read when it shows again.
    bool m_stale = false;
    RegisterModel *m_model;
    RegisterFilterModel *m_filter;

    QLineEdit *m_folderEdit;
    QPushButton *m_chooseFolder;
    QPushButton *m_refresh;
    QComboBox *m_board;
    QComboBox *m_audit;
    QComboBox *m_year;
    QComboBox *m_state;
    QComboBox *m_responsible;
    QLineEdit *m_search;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QToolButton *m_problemsToggle;
    QListWidget *m_problems;

    QFileSystemWatcher *m_watcher;
    QTimer *m_quiet; // the pause after a change before reading again
    QTimer *m_slow; // shows the progress bar once a read takes longer than half a second
    quint64 m_generation = 0;
    QList<QPointer<QThread>> m_reading;
};

} // namespace yttra
