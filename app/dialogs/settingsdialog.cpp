// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"
#include "ui_settingsdialog.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "fields/logothumbnail.h"
#include "session/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

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
    m_wordTemplates = settings->value(Settings::WordTemplates);
    m_ui->wordTemplateList->header()->setStretchLastSection(true);
    connect(m_ui->wordTemplateList, &QTreeWidget::currentItemChanged, this, [this] {
        const bool selected = !selectedBoard().isEmpty();
        m_ui->changeTemplateButton->setEnabled(selected);
        m_ui->builtInTemplateButton->setEnabled(selected);
    });
    connect(m_ui->addTemplateButton, &QPushButton::clicked, this, &SettingsDialog::addBoard);
    connect(m_ui->changeTemplateButton, &QPushButton::clicked, this, [this] { chooseWordTemplate(selectedBoard()); });
    connect(m_ui->builtInTemplateButton, &QPushButton::clicked, this, [this] {
        m_wordTemplates.remove(selectedBoard());
        showWordTemplates();
    });
    showWordTemplates();

    m_boardLogos = settings->value(Settings::BoardLogos);
    m_ui->boardLogoList->header()->setStretchLastSection(true);
    connect(m_ui->boardLogoList, &QTreeWidget::currentItemChanged, this, [this] {
        const QString board = selectedLogoBoard();
        m_ui->changeLogoButton->setEnabled(!board.isEmpty());
        m_ui->removeLogoButton->setEnabled(!board.isEmpty());
        m_ui->boardLogoDescriptionEdit->setEnabled(!board.isEmpty());
        m_ui->boardLogoDescriptionEdit->setText(m_boardLogos.value(board).description);
    });
    connect(m_ui->boardLogoDescriptionEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString board = selectedLogoBoard();
        if (board.isEmpty() || !m_boardLogos.contains(board))
            return;
        m_boardLogos[board].description = text;
        if (QTreeWidgetItem *row = m_ui->boardLogoList->currentItem())
            row->setText(1, text.trimmed().isEmpty() ? tr("(decoration, no description)") : text.trimmed());
    });
    connect(m_ui->addLogoButton, &QPushButton::clicked, this, &SettingsDialog::addBoardLogo);
    connect(m_ui->changeLogoButton, &QPushButton::clicked, this, [this] { chooseBoardLogo(selectedLogoBoard()); });
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_boardLogos.remove(selectedLogoBoard());
        showBoardLogos();
    });
    showBoardLogos();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setBoard(const QString &board)
{
    m_board = board.trimmed();
    if (const QString listed = Settings::boardKey(m_wordTemplates, m_board); !listed.isEmpty())
        showWordTemplates(listed);
    if (const QString listed = Settings::boardKey(m_boardLogos, m_board); !listed.isEmpty())
        showBoardLogos(listed);
}

void SettingsDialog::showWordTemplates(const QString &selected)
{
    QTreeWidget *list = m_ui->wordTemplateList;
    list->clear();
    for (auto it = m_wordTemplates.cbegin(); it != m_wordTemplates.cend(); ++it) {
        const QString file = QDir::toNativeSeparators(it.value());
        const QString shown = QFileInfo(it.value()).isFile() ? file : tr("%1 (no longer there)").arg(file);
        auto *row = new QTreeWidgetItem(list, {it.key(), shown});
        row->setToolTip(1, shown);
        if (it.key() == selected)
            list->setCurrentItem(row);
    }
    list->resizeColumnToContents(0);
    const bool chosen = !selectedBoard().isEmpty();
    m_ui->changeTemplateButton->setEnabled(chosen);
    m_ui->builtInTemplateButton->setEnabled(chosen);
}

QString SettingsDialog::selectedBoard() const
{
    const QTreeWidgetItem *row = m_ui->wordTemplateList->currentItem();
    return row ? row->text(0) : QString();
}

void SettingsDialog::addBoard()
{
    const bool listed = !Settings::boardKey(m_wordTemplates, m_board).isEmpty();
    const auto board = MessageBox::askText(this, tr("Word Template for a Board"), tr("The board's name, as its statements spell it:"),
                                           listed ? QString() : m_board);
    if (board && !board->trimmed().isEmpty())
        chooseWordTemplate(board->trimmed());
}

void SettingsDialog::chooseWordTemplate(const QString &board)
{
    if (board.isEmpty())
        return;
    const QString path = FileDialog::wordTemplate(this, board, m_wordTemplates.value(board));
    if (path.isEmpty())
        return;
    // One entry per board, however its name is spelt.
    m_wordTemplates.remove(Settings::boardKey(m_wordTemplates, board));
    m_wordTemplates.insert(board, path);
    showWordTemplates(board);
}

void SettingsDialog::showBoardLogos(const QString &selected)
{
    QTreeWidget *list = m_ui->boardLogoList;
    const QSize iconSize = list->iconSize();
    list->clear();
    for (auto it = m_boardLogos.cbegin(); it != m_boardLogos.cend(); ++it) {
        QString error;
        const QPixmap thumbnail = LogoThumbnail::pixmap(it.value(), iconSize, devicePixelRatioF(), &error);
        const QString description = it.value().description.trimmed();
        QString shown = description.isEmpty() ? tr("(decoration, no description)") : description;
        if (thumbnail.isNull())
            shown = tr("cannot be drawn: %1").arg(error);
        auto *row = new QTreeWidgetItem(list, {it.key(), shown});
        row->setIcon(1, QIcon(thumbnail));
        row->setToolTip(1, shown);
        if (it.key() == selected)
            list->setCurrentItem(row);
    }
    list->resizeColumnToContents(0);
    const bool chosen = !selectedLogoBoard().isEmpty();
    m_ui->changeLogoButton->setEnabled(chosen);
    m_ui->removeLogoButton->setEnabled(chosen);
    m_ui->boardLogoDescriptionEdit->setEnabled(chosen);
    m_ui->boardLogoDescriptionEdit->setText(m_boardLogos.value(selectedLogoBoard()).description);
}

QString SettingsDialog::selectedLogoBoard() const
{
    const QTreeWidgetItem *row = m_ui->boardLogoList->currentItem();
    return row ? row->text(0) : QString();
}

void SettingsDialog::addBoardLogo()
{
    const bool listed = !Settings::boardKey(m_boardLogos, m_board).isEmpty();
    const auto board = MessageBox::askText(this, tr("Logo for a Board"), tr("The board's name, as its statements spell it:"),
                                           listed ? QString() : m_board);
    if (board && !board->trimmed().isEmpty())
        chooseBoardLogo(board->trimmed());
}

void SettingsDialog::chooseBoardLogo(const QString &board)
{
    if (board.isEmpty())
        return;
    QString path;
    auto logo = FileDialog::logo(this, tr("Logo of %1").arg(board), &path);
    if (!logo)
        return;
    if (const auto refusal = Settings::boardLogoRefusal(*logo)) {
        MessageBox::critical(this, tr("Cannot use the logo"),
                             tr("The logo %1 cannot be kept in the settings: %2.").arg(QDir::toNativeSeparators(path), *refusal));
        return;
    }
    // One entry per board, however its name is spelt; a new picture keeps the description.
    const QString listed = Settings::boardKey(m_boardLogos, board);
    logo->description = m_boardLogos.value(listed).description;
    m_boardLogos.remove(listed);
    m_boardLogos.insert(board, *logo);
    showBoardLogos(board);
}

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
        || refused(m_settings->setValue(Settings::PreviewVisible, m_ui->previewCheck->isChecked()))
        || refused(m_settings->setValue(Settings::WordTemplates, m_wordTemplates))
        || refused(m_settings->setValue(Settings::BoardLogos, m_boardLogos)))
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
