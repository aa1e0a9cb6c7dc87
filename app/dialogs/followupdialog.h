// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace yttra {

class DateField;

/// Asks for the period a new follow-up statement reports on (both dates may stay empty).
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const QString &from, const QString &to, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    QString from() const;
    QString to() const;
    DateField *fromField() const;
    DateField *toField() const;

private:
    void check();

    std::unique_ptr<Ui::FollowUpDialog> m_ui;
};

} // namespace yttra
