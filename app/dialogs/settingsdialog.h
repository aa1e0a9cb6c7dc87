// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logo.h"

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
/// template and logo.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The open statement's board: offered first when a board's Word template or logo is added.
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
    void showBoardLogos(const QString &selected = {});
    QString selectedLogoBoard() const;
    void addBoardLogo();
    /// Asks for `board`'s logo and lists it (kept with the others by apply()); one that
    /// could not be drawn, or is too large for the settings, is refused, saying why.
    void chooseBoardLogo(const QString &board);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings *m_settings;
    QMap<QString, QString> m_wordTemplates; // as they will be kept
    QMap<QString, Logo> m_boardLogos;       // likewise
    QString m_board;
};

} // namespace yttra
