// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorpage.h"

#include <memory>

namespace Ui {
class ItemPage;
}

class QListWidgetItem;

namespace yttra {

/// One item (recommendation, assessment, question) and the board's response to it, with
/// the fields of the statement's kind, and the measures of the register that answer it.
/// One page serves every item: selecting another item only changes what it is bound to.
class ItemPage : public EditorPage
{
    Q_OBJECT

public:
    explicit ItemPage(QWidget *parent = nullptr);
    ~ItemPage() override;

    void setDocument(StatementDocument *document) override;
    void setReadOnly(bool readOnly) override;
    /// Shows the item at this index.
    void setItem(qsizetype index);
    qsizetype item() const { return m_index; }
    QString itemId() const { return m_itemId; }

    /// Opens the picker of measures for this item.
    void chooseMeasures();

Q_SIGNALS:
    /// The user asked to see this measure in the register.
    void measureActivated(qsizetype measure);
    /// The user asked for a new measure answering this item.
    void newMeasureRequested(const QString &itemId);

private:
    void followItem();
    void updateHeading();
    void updateKind();
    void updateLinked();
    void fillKinds();
    void activateHeading(const QString &text);

    std::unique_ptr<Ui::ItemPage> m_ui;
    qsizetype m_index = -1;
    QString m_itemId;
};

} // namespace yttra
