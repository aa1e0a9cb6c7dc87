// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QMessageBox>

namespace yttra {

namespace {
bool testMode = false;
QString last;
} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    last = title + QStringLiteral(": ") + text;
    if (!testMode)
        QMessageBox::critical(parent, title, text);
}

void MessageBox::setTestMode(bool on)
{
    testMode = on;
}

QString MessageBox::lastMessage()
{
    return last;
}

void MessageBox::clearLastMessage()
{
    last.clear();
}

} // namespace yttra
