// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "messagebox.h"
#include "settings.h"

namespace yttra {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->autosaveSpin->setRange(Settings::minAutosaveInterval, Settings::maxAutosaveInterval);
    m_ui->reviewerNameEdit->setText(settings->value(Settings::ReviewerName));
    m_ui->boardEdit->setText(settings->value(Settings::DefaultBoard));
    m_ui->officeEdit->setText(settings->value(Settings::DefaultOffice));
    m_ui->addressEdit->setText(settings->value(Settings::DefaultAddress));
    m_ui->autosaveSpin->setValue(settings->value(Settings::AutosaveInterval));
    m_ui->previewCheck->setChecked(settings->value(Settings::PreviewVisible));
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::apply()
{
    const auto refused = [this](const Result<void> &r) {
        if (r)
            return false;
        MessageBox::warning(this, tr("Cannot keep the setting"), r.error());
        return true;
    };
    if (refused(m_settings->setValue(Settings::ReviewerName, m_ui->reviewerNameEdit->text()))
        || refused(m_settings->setValue(Settings::DefaultBoard, m_ui->boardEdit->text()))
        || refused(m_settings->setValue(Settings::DefaultOffice, m_ui->officeEdit->text()))
        || refused(m_settings->setValue(Settings::DefaultAddress, m_ui->addressEdit->text()))
        || refused(m_settings->setValue(Settings::AutosaveInterval, m_ui->autosaveSpin->value()))
        || refused(m_settings->setValue(Settings::PreviewVisible, m_ui->previewCheck->isChecked())))
        return false;
    if (const auto synced = m_settings->sync(); !synced) {
        MessageBox::warning(this, tr("Cannot save the settings"), synced.error().text());
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace yttra
