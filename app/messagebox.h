// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace yttra {

/// The application's message dialogs, through one door so GUI tests can run without a
/// dialog blocking them: in test mode a message is recorded instead of shown.
class MessageBox
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static void setTestMode(bool on);
    /// The last message shown (or recorded), "title: text".
    static QString lastMessage();
    static void clearLastMessage();
};

} // namespace yttra
