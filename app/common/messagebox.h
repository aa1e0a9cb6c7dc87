// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace yttra {

/// The application's message dialogs, through one door so GUI tests can run without a
/// dialog blocking them: in test mode a message is recorded instead of shown, and a question
/// takes the answer the test gave in advance with setNextAnswer().
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    /// Texts that replace a standard button's own ("Open Read-Only" on the Yes button), so a
    /// prompt can offer the user's words while tests still answer it by the button.
    using ButtonTexts = QHash<Button, QString>;

    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    /// Asks and returns the button chosen; Escape (or closing the dialog) answers `escape`.
    static Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                           Button defaultButton, Button escape = QMessageBox::Cancel, const ButtonTexts &texts = {});

    /// Asks for one line of text; nothing when the user cancels.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &initial = {});

    static void setTestMode(bool on);
    static bool testMode();
    /// Queues the answer to the next question (test mode). Answers are used in order.
    static void setNextAnswer(Button answer);
    /// Queues the answer to the next askText() (test mode); nothing means Cancel.
    static void setNextText(const std::optional<QString> &text);
    /// Answers given in advance and not yet used.
    static qsizetype pendingAnswers();
    /// How many questions were asked since the last clearLastMessage().
    static int questionsAsked();
    /// The last message shown (or recorded), "title: text".
    static QString lastMessage();
    static void clearLastMessage();
};

} // namespace yttra
