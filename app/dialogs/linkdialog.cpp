// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/linkdialog.h"
#include "ui_linkdialog.h"

namespace yttra {

LinkDialog::LinkDialog(const QString &title, const QString &explanation, const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LinkDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->explanation->setText(explanation);
    for (const Choice &choice : choices) {
        auto *entry = new QListWidgetItem(choice.text, m_ui->choiceList);
        entry->setData(Qt::UserRole, choice.id);
        entry->setToolTip(choice.toolTip);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        entry->setCheckState(choice.checked ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->choiceList->count() > 0)
        m_ui->choiceList->setCurrentRow(0);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &LinkDialog::filter);
    connect(m_ui->choiceList, &QListWidget::itemChanged, this, &LinkDialog::updateCount);
    updateCount();
    // The list, not the filter, has the focus: Space ticks, arrows move, typing a few
    // letters jumps; the filter is a Shift+Tab away.
    m_ui->choiceList->setFocus();
}

LinkDialog::~LinkDialog() = default;

QStringList LinkDialog::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->choiceList->count(); ++row) {
        const QListWidgetItem *entry = m_ui->choiceList->item(row);
        if (entry->checkState() == Qt::Checked)
            ids.append(entry->data(Qt::UserRole).toString());
    }
    return ids;
}

QListWidget *LinkDialog::choiceList() const
{
    return m_ui->choiceList;
}

QLineEdit *LinkDialog::filterEdit() const
{
    return m_ui->filterEdit;
}

void LinkDialog::filter(const QString &text)
{
    for (int row = 0; row < m_ui->choiceList->count(); ++row) {
        QListWidgetItem *entry = m_ui->choiceList->item(row);
        entry->setHidden(!text.isEmpty() && !entry->text().contains(text, Qt::CaseInsensitive)
                         && !entry->toolTip().contains(text, Qt::CaseInsensitive));
    }
}

void LinkDialog::updateCount()
{
    m_ui->countLabel->setText(tr("%n chosen", nullptr, static_cast<int>(checkedIds().size())));
}

std::optional<QStringList> LinkDialog::choose(QWidget *parent, const QString &title, const QString &explanation,
                                              const QList<Choice> &choices)
{
    LinkDialog dialog(title, explanation, choices, parent);
    dialog.setObjectName(QStringLiteral("linkDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.checkedIds();
}

} // namespace yttra
