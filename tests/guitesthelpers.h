// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields/richtextedit.h"

#include <QApplication>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Shared by the GUI tests.

namespace yttra::test {

/// The user stops typing: a rich text field commits what was typed, as its pause timer
/// would a moment later.
inline void pauseTyping(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *rich = qobject_cast<RichTextEdit *>(w)) {
            rich->commit();
            return;
        }
    }
}

/// Types text into a widget key by key, as a user does, without pausing: a rich text field
/// still holds it uncommitted. QTest::keyClicks() takes Latin-1 only; this takes any text
/// (å, ä, ö, –).
inline void typeKeys(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        const Qt::Key key = c.isLetter() && c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
    }
}

/// Types text as typeKeys() does, then pauses.
inline void typeText(QWidget *widget, const QString &text)
{
    typeKeys(widget, text);
    pauseTyping(widget);
}

/// Runs `answer` on the next modal dialog of type T once it is shown: a modal dialog's
/// exec() does not return to the test until something answers it. The timer belongs to
/// `owner`, so it goes with the test object.
template <typename T>
void whenDialog(QObject *owner, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace yttra::test
