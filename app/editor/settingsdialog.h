// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QString>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace yttra {

class Settings;

/// The user's settings: name for review comments and Word documents, what new statements
/// start with, the autosave interval, whether the preview is shown, and each board's Word
/// template.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The open statement's board: offered first when a board's Word template is added.
    void setBoard(const QString &board);

    /// Stores what the dialog shows; on a refused value, says which and stores nothing more.
    bool apply();

    void accept() override;

private:
    void showWordTemplates(const QString &selected = {});
    QString selectedBoard() const;
    void addBoard();
    /// Asks for a Word template for `board` and lists it (kept with the others by apply()).
    void chooseWordTemplate(const QString &board);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings *m_settings;
    QMap<QString, QString> m_wordTemplates; // as they will be kept
    QString m_board;
};

} // namespace yttra
