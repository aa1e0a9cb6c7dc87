// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTimer;
class QToolBar;

namespace yttra {

class MarkdownTextEdit;

/// A rich text field of the statement (the auditors' text, measures, effects, summary):
/// bold, italic, bullet and numbered lists and links, with a small toolbar and the usual
/// shortcuts, holding Markdown. The user types into rich text; it is converted to Markdown
/// only when committed: on a pause in typing, when the focus leaves, or when asked
/// (commit()), so a keystroke costs the same in a long field as in a short one.
/// markdownEdited() is emitted only for the user's edits, never for setMarkdown(), so showing
/// a field never writes to the document.
class RichTextEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    /// The Markdown last shown or committed.
    QString markdown() const { return m_markdown; }
    /// Shows the text; the cursor stays where it was as far as the new text allows.
    void setMarkdown(const QString &markdown);
    /// Whether typed text is waiting for the pause that commits it.
    bool hasPendingEdit() const { return m_pending; }
    /// Commits what was typed since the last commit (markdownEdited() if it changed the
    /// Markdown); nothing when nothing waits.
    void commit();
    /// The pause in typing after which the text is committed.
    static constexpr int commitPause = 100;

    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    /// The name screen readers announce, given to the text area itself.
    void setAccessibleName(const QString &name);
    void setMinimumLines(int lines);

    MarkdownTextEdit *textEdit() const { return m_edit; }

    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *bulletListAction() const { return m_bullets; }
    QAction *numberedListAction() const { return m_numbers; }
    QAction *linkAction() const { return m_link; }

    /// Makes the selection (or the word at the cursor) a link to `url`; an empty url removes it.
    void setLink(const QString &url);

Q_SIGNALS:
    void markdownEdited(const QString &markdown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged();
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleList(bool on, int style);
    void askLink();
    void updateActions();

    MarkdownTextEdit *m_edit;
    QToolBar *m_toolBar;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_bullets;
    QAction *m_numbers;
    QAction *m_link;
    QTimer *m_commitTimer;
    QString m_markdown;
    bool m_setting = false;
    bool m_pending = false;
};

} // namespace yttra
