// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/richtextedit.h"

#include "common/messagebox.h"
#include "fields/markdowntextedit.h"
#include "markdown/markdowntextdocument.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace yttra {

RichTextEdit::RichTextEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new MarkdownTextEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_commitTimer(new QTimer(this))
{
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(commitPause);
    connect(m_commitTimer, &QTimer::timeout, this, &RichTextEdit::commit);
    m_edit->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar->setIconSize(QSize(14, 14));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setStyleSheet(u"QToolBar { border: none; padding: 0; spacing: 1px; } QToolButton { padding: 0 5px; }"_s);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &key, bool checkable) {
        auto *action = new QAction(text, this);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
        action->setShortcut(key);
        // Every field has these shortcuts; only the one with the focus may take them.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(checkable);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_bold = makeAction(tr("B", "bold button"), tr("Bold"), QKeySequence::Bold, true);
    m_italic = makeAction(tr("I", "italic button"), tr("Italic"), QKeySequence::Italic, true);
    m_bullets = makeAction(tr("• List"), tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    m_numbers = makeAction(tr("1. List"), tr("Numbered list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    m_link = makeAction(tr("Link…"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), false);
    QFont boldFont = font();
    boldFont.setBold(true);
    QFont italicFont = font();
    italicFont.setItalic(true);
    for (QToolButton *button : m_toolBar->findChildren<QToolButton *>()) {
        // The shortcuts reach them from the text; the tab order goes from field to field.
        button->setFocusPolicy(Qt::NoFocus);
        if (button->defaultAction() == m_bold)
            button->setFont(boldFont);
        else if (button->defaultAction() == m_italic)
            button->setFont(italicFont);
    }
    m_bold->setObjectName(u"boldAction"_s);
    m_italic->setObjectName(u"italicAction"_s);
    m_bullets->setObjectName(u"bulletListAction"_s);
    m_numbers->setObjectName(u"numberedListAction"_s);
    m_link->setObjectName(u"linkAction"_s);

    connect(m_bold, &QAction::triggered, this, &RichTextEdit::toggleBold);
    connect(m_italic, &QAction::triggered, this, &RichTextEdit::toggleItalic);
    connect(m_bullets, &QAction::triggered, this, [this](bool on) { toggleList(on, QTextListFormat::ListDisc); });
    connect(m_numbers, &QAction::triggered, this, [this](bool on) { toggleList(on, QTextListFormat::ListDecimal); });
    connect(m_link, &QAction::triggered, this, &RichTextEdit::askLink);
    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEdit::textChanged);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEdit::updateActions);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEdit::updateActions);
    connect(m_edit, &MarkdownTextEdit::aboutToShowContextMenu, this, [this](QMenu *menu) {
        QMenu *format = menu->addMenu(tr("&Format"));
        format->addActions({m_bold, m_italic, m_bullets, m_numbers, m_link});
    });
}

void RichTextEdit::setMarkdown(const QString &markdown)
{
    if (markdown == m_markdown && !m_edit->document()->isEmpty())
        return;
    m_setting = true;
    // What is shown now replaces what was typed and not yet committed.
    m_commitTimer->stop();
    m_pending = false;
    const int position = m_edit->textCursor().position();
    MarkdownTextDocument::read(*m_edit->document(), markdown, palette().link());
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
    m_markdown = markdown;
    m_setting = false;
    updateActions();
}

void RichTextEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
}

void RichTextEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RichTextEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_toolBar->setAccessibleName(tr("Formatting of %1").arg(name));
}

void RichTextEdit::setMinimumLines(int lines)
{
    m_edit->setMinimumLines(lines);
}

void RichTextEdit::textChanged()
{
    if (m_setting)
        return;
    m_pending = true;
    // Typing waits for a pause; a command (a format button, a spelling suggestion, a drop) is
    // an edit of its own, written at once.
    if (m_edit->isTyping())
        m_commitTimer->start();
    else
        commit();
}

void RichTextEdit::commit()
{
    if (!m_pending)
        return;
    m_commitTimer->stop();
    m_pending = false;
    const QString markdown = MarkdownTextDocument::write(*m_edit->document());
    if (markdown == m_markdown)
        return;
    m_markdown = markdown;
    Q_EMIT markdownEdited(markdown);
}

bool RichTextEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void RichTextEdit::toggleBold(bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEdit::toggleItalic(bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEdit::toggleList(bool on, int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (!on) {
        // Out of the list: the blocks become paragraphs again.
        QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
        const QTextBlock last = m_edit->document()->findBlock(cursor.selectionEnd());
        while (block.isValid()) {
            if (QTextList *list = block.textList())
                list->remove(block);
            QTextCursor c(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            c.setBlockFormat(format);
            if (block == last)
                break;
            block = block.next();
        }
    } else if (QTextList *list = cursor.currentList()) {
        QTextListFormat format = list->format();
        format.setStyle(static_cast<QTextListFormat::Style>(style));
        list->setFormat(format);
    } else {
        cursor.createList(static_cast<QTextListFormat::Style>(style));
    }
    cursor.endEditBlock();
    m_edit->setFocus();
    updateActions();
}

void RichTextEdit::setLink(const QString &url)
{
    QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection() && !url.isEmpty()) {
        // Nothing to make a link of: the address itself becomes the text.
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setForeground(palette().link());
        format.setFontUnderline(true);
        cursor.insertText(url, format);
        return;
    }
    QTextCharFormat format;
    format.setAnchor(!url.isEmpty());
    format.setAnchorHref(url);
    format.setFontUnderline(!url.isEmpty());
    if (url.isEmpty())
        format.setForeground(palette().text());
    else
        format.setForeground(palette().link());
    cursor.mergeCharFormat(format);
}

void RichTextEdit::askLink()
{
    const QTextCharFormat current = m_edit->textCursor().charFormat();
    const auto url = MessageBox::askText(this, tr("Link"), tr("Address of the link (empty to remove it):"),
                                         current.isAnchor() ? current.anchorHref() : u"https://"_s);
    if (url)
        setLink(url->trimmed() == u"https://" ? QString() : url->trimmed());
    m_edit->setFocus();
}

void RichTextEdit::updateActions()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = cursor.currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
}

} // namespace yttra
