// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/editorpage.h"

#include "document/statementdocument.h"
#include "editor/fieldbinder_p.h"

#include <QScrollArea>

namespace yttra {

EditorPage::EditorPage(QWidget *parent) : QWidget(parent), m_binder(new FieldBinder(this)) {}

void EditorPage::setDocument(StatementDocument *document)
{
    m_binder->setDocument(document);
    m_binder->setReadOnly(!isEditable());
}

void EditorPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_binder->setReadOnly(!isEditable());
    m_binder->reload();
}

bool EditorPage::isEditable() const
{
    return document() && !document()->isReadOnly() && !m_readOnly;
}

StatementDocument *EditorPage::document() const
{
    return m_binder->document();
}

bool EditorPage::focusPointer(const QString &pointer)
{
    QWidget *widget = m_binder->widgetFor(pointer);
    if (!widget)
        return false;
    // A page lives in a scroll area: bring the field into view before focusing it.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(widget, 20, 40);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace yttra
