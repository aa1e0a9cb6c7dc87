// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/deadline.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace yttra {

/// A deadline as people write it ("juni 2022", "Q4 2022", "tertial 1 2023", "löpande"),
/// with the deadline it was read as shown beside it in the document's words. Text that is
/// not a deadline is marked and stays in the field, never written and never thrown away.
class DeadlineField : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineField(QWidget *parent = nullptr);

    /// Shows a deadline (canonical file string).
    void setDeadline(const QString &canonical);
    /// Shows text the user typed that is not (yet) a deadline, as it was left.
    void setPendingText(const QString &typed);
    /// The document's language, for the words shown beside the field.
    void setLanguage(const QString &language);

    QString text() const;
    bool isValid() const { return m_valid; }

    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *meaningLabel() const { return m_meaning; }

Q_SIGNALS:
    /// The user typed a deadline (canonical file string; empty for none).
    void deadlineEdited(const QString &canonical);
    /// The user typed something that is not a deadline; `typed` is kept by whoever binds it.
    void invalidTextEdited(const QString &typed, const QString &why);

private:
    void edited(const QString &typed);
    void showMeaning(const Deadline &deadline);
    void markInvalid(const QString &why);

    QLineEdit *m_edit;
    QLabel *m_meaning;
    QString m_language = QStringLiteral("sv");
    bool m_valid = true;
};

} // namespace yttra
