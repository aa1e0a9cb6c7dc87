// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebox.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QList>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {
// The words of Qt's standard dialog buttons (QDialogButtonBox, QMessageBox), in the context
// Qt looks them up in. Debian's Qt 6 has no Swedish qtbase translation, so without these a
// Swedish dialog would close with "Close" and "Cancel"; Yttra's own file translates them.
[[maybe_unused]] constexpr const char *standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
};

bool inTestMode = false;
QString last;
QList<MessageBox::Button> answers;
QList<std::optional<QString>> texts;
int asked = 0;

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    last = title + u": "_s + text;
    if (inTestMode)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}
} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, Button escape, const ButtonTexts &texts)
{
    last = title + u": "_s + text;
    ++asked;
    if (inTestMode) {
        // An unanswered question in a test is a mistake in the test: take the safe way out
        // (escape), which never destroys anything, and let the test see it asked.
        if (answers.isEmpty())
            return escape;
        return answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (QAbstractButton *b = box.button(escape))
        box.setEscapeButton(b);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QAbstractButton *b = box.button(it.key()))
            b->setText(it.value());
    }
    box.exec();
    const Button clicked = box.standardButton(box.clickedButton());
    return clicked == QMessageBox::NoButton ? escape : clicked;
}

std::optional<QString> MessageBox::askText(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    last = title + u": "_s + label;
    ++asked;
    if (inTestMode)
        return texts.isEmpty() ? std::nullopt : texts.takeFirst();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void MessageBox::setTestMode(bool on)
{
    inTestMode = on;
    answers.clear();
    texts.clear();
}

void MessageBox::setNextText(const std::optional<QString> &text)
{
    texts.append(text);
}

bool MessageBox::testMode()
{
    return inTestMode;
}

void MessageBox::setNextAnswer(Button answer)
{
    answers.append(answer);
}

qsizetype MessageBox::pendingAnswers()
{
    return answers.size() + texts.size();
}

int MessageBox::questionsAsked()
{
    return asked;
}

QString MessageBox::lastMessage()
{
    return last;
}

void MessageBox::clearLastMessage()
{
    last.clear();
    asked = 0;
}

} // namespace yttra
