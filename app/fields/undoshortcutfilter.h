// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace yttra {

/// Lets Ctrl+Z and Ctrl+Shift+Z in a text field reach the window's Undo and Redo (the
/// document's stack) instead of the field's own little history, which knows nothing of the
/// document and would undo behind its back.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace yttra
