// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/wordchangehtml_p.h"

using namespace Qt::StringLiterals;

namespace yttra {

QString WordChangeHtml::text(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString WordChangeHtml::deleted(const QString &text)
{
    return u"<span style=\"color:#a40000; text-decoration:line-through;\">%1</span>"_s.arg(WordChangeHtml::text(text));
}

QString WordChangeHtml::words(const QList<WordChange> &words)
{
    QString html;
    bool marked = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const WordChange &change = words.at(i);
        // A replaced word and its replacement touch; a space keeps them apart on screen.
        if (change.kind == WordChange::Kind::Inserted && i > 0 && words.at(i - 1).kind == WordChange::Kind::Deleted
            && !change.text.startsWith(u' ') && !words.at(i - 1).text.endsWith(u' '))
            html += u' ';
        if (!marked && change.kind != WordChange::Kind::Same) {
            html += u"<a name=\"%1\"></a>"_s.arg(firstChangeAnchor);
            marked = true;
        }
        switch (change.kind) {
        case WordChange::Kind::Same: html += text(change.text); break;
        case WordChange::Kind::Deleted: html += deleted(change.text); break;
        case WordChange::Kind::Inserted:
            html += u"<span style=\"color:#005f00; text-decoration:underline; font-weight:600;\">%1</span>"_s.arg(text(change.text));
            break;
        }
    }
    return html;
}

QString WordChangeHtml::changed(const QString &before, const QString &after)
{
    return words(WordDiff::compare(before, after));
}

} // namespace yttra
