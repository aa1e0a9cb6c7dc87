// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace yttra {

class Settings;

/// The user's settings: name for review comments, what new statements start with, the
/// autosave interval and whether the preview is shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Stores what the dialog shows; on a refused value, says which and stores nothing more.
    bool apply();

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings *m_settings;
};

} // namespace yttra
