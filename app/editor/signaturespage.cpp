// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/signaturespage.h"
#include "ui_signaturespage.h"

#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "editor/fieldbinder_p.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace yttra {

SignaturesPage::SignaturesPage(QWidget *parent)
    : EditorPage(parent), m_ui(std::make_unique<Ui::SignaturesPage>()), m_reservations(new FieldBinder(this))
{
    m_ui->setupUi(this);
    m_ui->reservationsEdit->setAccessibleName(tr("Reservations and separate opinions"));
    m_binder->bind(m_ui->roleEdit, u"/role"_s);
    m_binder->bind(m_ui->nameEdit, u"/name"_s);
    m_binder->bind(m_ui->titleEdit, u"/title"_s);
    m_reservations->bind(m_ui->reservationsEdit, u"/reservations"_s);

    connect(m_ui->signatureList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectSignature(row);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &SignaturesPage::addSignature);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SignaturesPage::removeSignature);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSignature(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSignature(1); });
}

SignaturesPage::~SignaturesPage() = default;

void SignaturesPage::setDocument(StatementDocument *document)
{
    if (this->document())
        disconnect(this->document(), nullptr, this, nullptr);
    m_current = -1;
    EditorPage::setDocument(document);
    m_reservations->setDocument(document);
    m_reservations->setReadOnly(!isEditable());
    if (document) {
        // A handful of rows: the document's general signal is enough to follow every change
        // to the list and to the names in it, undo and redo included.
        connect(document, &StatementDocument::changed, this, &SignaturesPage::refresh);
    }
    refresh();
}

void SignaturesPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    m_reservations->setReadOnly(!isEditable());
    m_reservations->reload();
    updateButtons();
}

void SignaturesPage::refresh()
{
    const QList<Signature> signatures = document() ? document()->statement().signatures : QList<Signature>();
    QStringList rows;
    for (const Signature &s : signatures) {
        QString row = s.name.isEmpty() ? tr("(no name yet)") : s.name;
        if (!s.role.isEmpty())
            row = s.role + u": "_s + row;
        rows.append(row);
    }
    if (m_current >= signatures.size())
        m_current = signatures.size() - 1;
    if (m_current < 0 && !signatures.isEmpty())
        m_current = 0;
    QStringList shown;
    for (int row = 0; row < m_ui->signatureList->count(); ++row)
        shown.append(m_ui->signatureList->item(row)->text());
    if (shown != rows) {
        m_ui->signatureList->blockSignals(true);
        m_ui->signatureList->clear();
        m_ui->signatureList->addItems(rows);
        m_ui->signatureList->blockSignals(false);
    }
    m_ui->signatureList->blockSignals(true);
    m_ui->signatureList->setCurrentRow(static_cast<int>(m_current));
    m_ui->signatureList->blockSignals(false);
    const QString prefix = m_current >= 0 ? u"/signatures/%1"_s.arg(m_current) : u"/signatures/-"_s;
    if (m_binder->prefix() != prefix)
        m_binder->setPrefix(prefix);
    m_ui->signatureGroup->setEnabled(m_current >= 0);
    updateButtons();
}

void SignaturesPage::selectSignature(qsizetype index)
{
    m_current = index;
    refresh();
}

void SignaturesPage::updateButtons()
{
    const bool editable = isEditable();
    const qsizetype count = document() ? document()->statement().signatures.size() : 0;
    m_ui->addButton->setEnabled(editable);
    m_ui->removeButton->setEnabled(editable && m_current >= 0);
    m_ui->upButton->setEnabled(editable && m_current > 0);
    m_ui->downButton->setEnabled(editable && m_current >= 0 && m_current < count - 1);
}

void SignaturesPage::addSignature()
{
    if (!isEditable())
        return;
    const qsizetype at = document()->statement().signatures.size();
    const qsizetype previous = std::exchange(m_current, at);
    if (!applied(document()->insertSignature(at, Signature()), tr("Cannot add a signature"))) {
        m_current = previous;
        refresh();
        return;
    }
    m_ui->roleEdit->setFocus();
}

void SignaturesPage::removeSignature()
{
    if (!isEditable() || m_current < 0)
        return;
    if (!applied(document()->removeSignature(m_current), tr("Cannot remove the signature")))
        refresh();
}

void SignaturesPage::moveSignature(int delta)
{
    if (!isEditable() || m_current < 0)
        return;
    const qsizetype to = m_current + delta;
    if (to < 0 || to >= document()->statement().signatures.size())
        return;
    const qsizetype from = std::exchange(m_current, to);
    if (!applied(document()->moveSignature(from, to), tr("Cannot move the signature"))) {
        m_current = from;
        refresh();
    }
}

bool SignaturesPage::applied(const Result<StatementDocument::Change> &result, const QString &title)
{
    if (!result)
        MessageBox::warning(this, title, result.error());
    return result && result.value() == StatementDocument::Change::Made;
}

bool SignaturesPage::focusPointer(const QString &pointer)
{
    if (pointer == u"/reservations") {
        m_ui->reservationsEdit->setFocus();
        return true;
    }
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(u'/');
    if (tokens.value(0) != u"signatures")
        return false;
    bool ok = false;
    const qsizetype index = tokens.value(1).toLongLong(&ok);
    if (ok && document() && index >= 0 && index < document()->statement().signatures.size())
        selectSignature(index);
    if (!EditorPage::focusPointer(pointer))
        m_ui->signatureList->setFocus();
    return true;
}

} // namespace yttra
