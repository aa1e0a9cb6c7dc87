// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcommands.h"

#include <QCoreApplication>

namespace yttra {

/// Adds, removes or moves a signature. The document has no edits of its own for the list of
/// signatures (only for their fields), so the editor brings this one, on the same undo
/// stack. A removed signature is held by the command while it sits on the stack.
class SignatureCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignatureCommand)

public:
    enum class Operation { Insert, Remove, Move };

    static SignatureCommand *insert(StatementDocument *document, qsizetype index, const Signature &signature);
    static SignatureCommand *remove(StatementDocument *document, qsizetype index);
    static SignatureCommand *move(StatementDocument *document, qsizetype from, qsizetype to);

    void redo() override;
    void undo() override;

private:
    SignatureCommand(StatementDocument *document, const QString &text, Operation operation, qsizetype index, qsizetype to,
                     Signature signature);

    Operation m_operation;
    qsizetype m_index;
    qsizetype m_to;
    Signature m_signature;
};

} // namespace yttra
