// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/markdowntextedit.h"

#include "fields/pastecleaner.h"
#include "markdown/markdowntextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <memory>

namespace yttra {

namespace {
// Beyond this the field scrolls inside: a very long text should not make the page endless.
constexpr int tallest = 640;
} // namespace

MarkdownTextEdit::MarkdownTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setAcceptRichText(true);
    // Tab moves to the next field, as everywhere else in a form.
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MarkdownTextEdit::fitHeight);
    fitHeight();
}

void MarkdownTextEdit::setMinimumLines(int lines)
{
    m_minimumLines = lines;
    fitHeight();
}

QSize MarkdownTextEdit::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), height()};
}

QSize MarkdownTextEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, height()};
}

void MarkdownTextEdit::fitHeight()
{
    const int frame = 2 * frameWidth() + contentsMargins().top() + contentsMargins().bottom();
    const int minimum = fontMetrics().lineSpacing() * m_minimumLines + static_cast<int>(2 * document()->documentMargin()) + frame;
    const int wanted = static_cast<int>(document()->size().height()) + frame;
    const int h = std::clamp(wanted, minimum, std::max(minimum, tallest));
    if (h != height())
        setFixedHeight(h);
}

void MarkdownTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void MarkdownTextEdit::keyPressEvent(QKeyEvent *event)
{
    const QScopedValueRollback typing(m_typing, true);
    QTextEdit::keyPressEvent(event);
}

void MarkdownTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const QScopedValueRollback typing(m_typing, true);
    QTextEdit::inputMethodEvent(event);
}

bool MarkdownTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml();
}

void MarkdownTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    // A paste is one edit, written at once, even when Ctrl+V made it.
    const QScopedValueRollback typing(m_typing, false);
    const QString markdown = PasteCleaner::toMarkdown(*source);
    if (markdown.isEmpty())
        return;
    QTextDocument clean;
    MarkdownTextDocument::read(clean, markdown, palette().link());
    textCursor().insertFragment(QTextDocumentFragment(&clean));
    ensureCursorVisible();
}

void MarkdownTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The standard entries include the text edit's own Undo and Redo, which it no longer has.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"edit-undo" || action->objectName() == u"edit-redo")
            action->setVisible(false);
    }
    Q_EMIT aboutToShowContextMenu(menu.get(), event->pos());
    menu->exec(event->globalPos());
}

} // namespace yttra
