// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QCalendarWidget;

namespace yttra {

/// A date of the statement (ISO, YYYY-MM-DD) that may also be empty, as a draft's dates
/// often are; QDateEdit cannot be empty. Typed, or picked from a calendar (the button, or
/// Alt+Down). A date that is not one yet is marked and kept in the field, not written.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The ISO date shown, or empty.
    QString text() const;
    void setText(const QString &isoDate);
    bool isValid() const;

    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    /// Opens the calendar at the date shown (or today).
    void showCalendar();

Q_SIGNALS:
    /// The user made the field a date or empty; not emitted for what is not a date yet.
    void dateEdited(const QString &isoDate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void edited(const QString &text);
    void markInvalid(bool invalid);

    QLineEdit *m_edit;
    QToolButton *m_button;
};

} // namespace yttra
