// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QMenu;
class QPoint;
class QWidget;

namespace yttra {

class MarkdownTextEdit;
class SpellChecker;
class SpellHighlighter;

/// Spell checking for every rich text field of a window, in the document's language:
/// the red underline, and in the context menu the suggestions and "Add to Dictionary",
/// which goes to the user's personal word list.
class SpellCheck : public QObject
{
    Q_OBJECT

public:
    explicit SpellCheck(QObject *parent = nullptr);
    ~SpellCheck() override;

    /// Checks the rich text fields below `root`.
    void attach(QWidget *root);
    /// The document's language; loads its dictionary (none installed: nothing is checked).
    void setLanguage(const QString &language);
    /// The user's personal word list file.
    void setPersonalWordList(const QString &path);

    const SpellChecker *checker() const { return m_checker.get(); }
    /// Why there is no checker for the language, or empty.
    QString problem() const { return m_problem; }

    /// The entries the context menu gets for the word at a position of a field: the
    /// suggestions first, then "Add to Dictionary".
    void addMenuEntries(MarkdownTextEdit *edit, QMenu *menu, const QPoint &position);

private:
    void rehighlight();

    std::unique_ptr<SpellChecker> m_checker;
    QString m_language;
    QString m_personalWordList;
    QString m_problem;
    QList<QPointer<SpellHighlighter>> m_highlighters;
};

} // namespace yttra
