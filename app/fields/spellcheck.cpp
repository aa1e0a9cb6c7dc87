// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/spellcheck.h"

#include "fields/markdowntextedit.h"
#include "fields/spellhighlighter_p.h"
#include "language/spellchecker.h"

#include <QMenu>
#include <QTextBlock>

namespace yttra {

SpellCheck::SpellCheck(QObject *parent) : QObject(parent) {}

SpellCheck::~SpellCheck() = default;

void SpellCheck::attach(QWidget *root)
{
    for (MarkdownTextEdit *edit : root->findChildren<MarkdownTextEdit *>()) {
        auto *highlighter = new SpellHighlighter(edit->document());
        highlighter->setChecker(m_checker.get());
        m_highlighters.append(highlighter);
        connect(edit, &MarkdownTextEdit::aboutToShowContextMenu, this,
                [this, edit](QMenu *menu, const QPoint &position) { addMenuEntries(edit, menu, position); });
    }
}

void SpellCheck::setLanguage(const QString &language)
{
    if (language == m_language && (m_checker || !m_problem.isEmpty()))
        return;
    m_language = language;
    auto checker = SpellChecker::forLanguage(language);
    if (checker) {
        m_checker = std::move(checker).value();
        m_problem.clear();
        if (!m_personalWordList.isEmpty()) {
            const auto loaded = m_checker->loadPersonalWordList(m_personalWordList);
            if (!loaded)
                m_problem = loaded.error().text();
        }
    } else {
        m_checker.reset();
        m_problem = checker.error();
    }
    rehighlight();
}

void SpellCheck::setPersonalWordList(const QString &path)
{
    m_personalWordList = path;
    if (m_checker && !path.isEmpty()) {
        const auto loaded = m_checker->loadPersonalWordList(path);
        if (!loaded)
            m_problem = loaded.error().text();
        rehighlight();
    }
}

void SpellCheck::rehighlight()
{
    for (const QPointer<SpellHighlighter> &highlighter : std::as_const(m_highlighters)) {
        if (!highlighter)
            continue;
        highlighter->setChecker(nullptr);
        highlighter->setChecker(m_checker.get());
    }
}

void SpellCheck::addMenuEntries(MarkdownTextEdit *edit, QMenu *menu, const QPoint &position)
{
    if (!m_checker)
        return;
    QTextCursor cursor = edit->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const int inBlock = cursor.position() - block.position();
    // The misspelled word under the mouse, as the highlighter found it.
    for (const MisspelledWord &word : m_checker->misspelledWords(block.text())) {
        if (inBlock < word.start || inBlock > word.start + word.length)
            continue;
        const QString text = block.text().mid(word.start, word.length);
        QAction *first = menu->actions().value(0);
        QList<QAction *> entries;
        const QStringList suggestions = m_checker->suggestions(text).mid(0, 6);
        for (const QString &suggestion : suggestions) {
            auto *replace = new QAction(suggestion, menu);
            QFont bold = replace->font();
            bold.setBold(true);
            replace->setFont(bold);
            connect(replace, &QAction::triggered, edit, [edit, block, word, suggestion] {
                QTextCursor c(block);
                c.setPosition(block.position() + static_cast<int>(word.start));
                c.setPosition(block.position() + static_cast<int>(word.start + word.length), QTextCursor::KeepAnchor);
                c.insertText(suggestion);
            });
            entries.append(replace);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            entries.append(none);
        }
        auto *add = new QAction(tr("Add \"%1\" to Dictionary").arg(text), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, text] {
            // The word is known from now on even when the list file cannot be written; why
            // not is kept for the window to tell.
            if (m_checker) {
                if (const auto added = m_checker->addWord(text); !added)
                    m_problem = added.error().text();
            }
            rehighlight();
        });
        entries.append(add);
        menu->insertActions(first, entries);
        menu->insertSeparator(first);
        return;
    }
}

} // namespace yttra
