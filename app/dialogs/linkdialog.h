// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QLineEdit;
class QListWidget;

namespace Ui {
class LinkDialog;
}

namespace yttra {

/// Picks the measures that answer an item, or the items a measure answers: a filterable
/// list with a check box per entry.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString text;
        QString toolTip;
        bool checked = false;
    };

    LinkDialog(const QString &title, const QString &explanation, const QList<Choice> &choices, QWidget *parent = nullptr);
    ~LinkDialog() override;

    QStringList checkedIds() const;
    QListWidget *choiceList() const;
    QLineEdit *filterEdit() const;

    /// Shows the dialog; the ids checked when the user pressed OK, nothing on Cancel.
    static std::optional<QStringList> choose(QWidget *parent, const QString &title, const QString &explanation,
                                             const QList<Choice> &choices);

private:
    void filter(const QString &text);
    void updateCount();

    std::unique_ptr<Ui::LinkDialog> m_ui;
};

} // namespace yttra
