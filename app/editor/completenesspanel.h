// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validator.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace yttra {

class StatementDocument;

/// What is still missing or wrong in the statement, as the validator finds it, kept up to
/// date while the user types; activating a finding takes the user to its field.
class CompletenessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompletenessPanel(QWidget *parent = nullptr);

    /// Shows these findings; `where` names the place of a pointer ("Åtgärdsområde 2").
    void setFindings(const QList<Finding> &findings, const std::function<QString(const QString &)> &where);
    QListWidget *list() const { return m_list; }
    const QList<Finding> &findings() const { return m_findings; }

Q_SIGNALS:
    void findingActivated(const QString &pointer);

private:
    QLabel *m_summary;
    QListWidget *m_list;
    QList<Finding> m_findings;
};

} // namespace yttra
