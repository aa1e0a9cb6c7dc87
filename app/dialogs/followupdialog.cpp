// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/followupdialog.h"
#include "ui_followupdialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace yttra {

FollowUpDialog::FollowUpDialog(const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FollowUpDialog>())
{
    m_ui->setupUi(this);
    m_ui->fromField->setAccessibleName(tr("Start of the period"));
    m_ui->toField->setAccessibleName(tr("End of the period"));
    m_ui->fromField->setText(from);
    m_ui->toField->setText(to);
    connect(m_ui->fromField->lineEdit(), &QLineEdit::textChanged, this, &FollowUpDialog::check);
    connect(m_ui->toField->lineEdit(), &QLineEdit::textChanged, this, &FollowUpDialog::check);
    check();
}

FollowUpDialog::~FollowUpDialog() = default;

QString FollowUpDialog::from() const
{
    return m_ui->fromField->text();
}

QString FollowUpDialog::to() const
{
    return m_ui->toField->text();
}

DateField *FollowUpDialog::fromField() const
{
    return m_ui->fromField;
}

DateField *FollowUpDialog::toField() const
{
    return m_ui->toField;
}

void FollowUpDialog::check()
{
    // Half-typed dates are not a period: OK waits until both are dates or empty.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->fromField->isValid() && m_ui->toField->isValid());
}

} // namespace yttra
