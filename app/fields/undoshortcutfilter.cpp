// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/undoshortcutfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace yttra {

void UndoShortcutFilter::install(QWidget *widget)
{
    // One filter serves every field of the application.
    static UndoShortcutFilter *filter = new UndoShortcutFilter(QCoreApplication::instance());
    if (widget)
        widget->installEventFilter(filter);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepting the override lets the shortcut map find the window's action; a
            // key press that still arrives is not the field's business either.
            key->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace yttra
