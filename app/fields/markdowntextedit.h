// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace yttra {

/// The text area of a rich text field: pastes through PasteCleaner, grows with its text so
/// a form scrolls as one page instead of a stack of little scrolling boxes, and leaves undo
/// to the document's stack (its own would undo behind the document's back).
class MarkdownTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownTextEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Lines of text the field shows at least, however short its text.
    void setMinimumLines(int lines);
    /// Whether a key (or an input method) is being handled: the text changes as typing, not
    /// as a command such as a toolbar button, a spelling suggestion or a drop.
    bool isTyping() const { return m_typing; }

Q_SIGNALS:
    /// The context menu is about to show: others (the spell checker) add their entries.
    void aboutToShowContextMenu(QMenu *menu, const QPoint &position);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    void fitHeight();

    int m_minimumLines = 3;
    bool m_typing = false;
};

} // namespace yttra
