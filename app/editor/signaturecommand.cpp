// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecommand.h"

namespace yttra {

SignatureCommand::SignatureCommand(StatementDocument *document, const QString &text, Operation operation, qsizetype index,
                                   qsizetype to, Signature signature)
    : DocumentCommand(document, text), m_operation(operation), m_index(index), m_to(to), m_signature(std::move(signature))
{
}

SignatureCommand *SignatureCommand::insert(StatementDocument *document, qsizetype index, const Signature &signature)
{
    return new SignatureCommand(document, tr("Add signature"), Operation::Insert, index, index, signature);
}

SignatureCommand *SignatureCommand::remove(StatementDocument *document, qsizetype index)
{
    return new SignatureCommand(document, tr("Remove signature"), Operation::Remove, index, index, {});
}

SignatureCommand *SignatureCommand::move(StatementDocument *document, qsizetype from, qsizetype to)
{
    return new SignatureCommand(document, tr("Move signature"), Operation::Move, from, to, {});
}

void SignatureCommand::redo()
{
    QList<Signature> &signatures = statement().signatures;
    switch (m_operation) {
    case Operation::Insert: signatures.insert(m_index, m_signature); break;
    case Operation::Remove: m_signature = signatures.takeAt(m_index); break;
    case Operation::Move: signatures.move(m_index, m_to); break;
    }
}

void SignatureCommand::undo()
{
    QList<Signature> &signatures = statement().signatures;
    switch (m_operation) {
    case Operation::Insert: signatures.removeAt(m_index); break;
    case Operation::Remove: signatures.insert(m_index, m_signature); break;
    case Operation::Move: signatures.move(m_to, m_index); break;
    }
}

} // namespace yttra
