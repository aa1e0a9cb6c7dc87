// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkediting.h"

#include "statementdocument.h"

namespace yttra {

namespace {

// Several link commands are one step for the user: Undo takes back the whole choice. Callers
// open one only when something changes, so no empty step lands on the stack.
class Macro
{
public:
    Macro(StatementDocument &document, const QString &name) : m_stack(document.undoStack()) { m_stack->beginMacro(name); }
    ~Macro() { m_stack->endMacro(); }
    Macro(const Macro &) = delete;
    Macro &operator=(const Macro &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace

Result<void> LinkEditing::setMeasuresOfItem(StatementDocument &document, const QString &itemId, const QStringList &measureIds,
                                            const QString &stepName)
{
    const Statement &s = document.statement();
    bool changes = false;
    for (const Measure &m : s.measures)
        changes = changes || (m.items.contains(itemId) != measureIds.contains(m.id));
    if (!changes)
        return {};
    Macro macro(document, stepName);
    for (qsizetype i = 0; i < document.statement().measures.size(); ++i) {
        const Measure &m = document.statement().measures.at(i);
        const bool want = measureIds.contains(m.id);
        if (want && !m.items.contains(itemId)) {
            if (auto r = document.link(i, itemId); !r)
                return r;
        } else if (!want && m.items.contains(itemId)) {
            if (auto r = document.unlink(i, itemId); !r)
                return r;
        }
    }
    return {};
}

Result<void> LinkEditing::setItemsOfMeasure(StatementDocument &document, qsizetype measure, const QStringList &itemIds,
                                            const QString &stepName)
{
    if (measure < 0 || measure >= document.statement().measures.size())
        return Result<void>::failure(tr("there is no measure number %1").arg(measure + 1));
    const QStringList current = document.statement().measures.at(measure).items;
    bool changes = false;
    for (const QString &id : current)
        changes = changes || !itemIds.contains(id);
    for (const QString &id : itemIds)
        changes = changes || !current.contains(id);
    if (!changes)
        return {};
    Macro macro(document, stepName);
    for (const QString &id : current) {
        if (!itemIds.contains(id)) {
            if (auto r = document.unlink(measure, id); !r)
                return r;
        }
    }
    for (const QString &id : itemIds) {
        if (!document.statement().measures.at(measure).items.contains(id)) {
            if (auto r = document.link(measure, id); !r)
                return r;
        }
    }
    return {};
}

} // namespace yttra
