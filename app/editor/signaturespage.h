// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/statementdocument.h"
#include "editor/editorpage.h"

#include <memory>

namespace Ui {
class SignaturesPage;
}

namespace yttra {

/// Who signs the statement (role, name, title of each) and the reservations.
class SignaturesPage : public EditorPage
{
    Q_OBJECT

public:
    explicit SignaturesPage(QWidget *parent = nullptr);
    ~SignaturesPage() override;

    void setDocument(StatementDocument *document) override;
    bool focusPointer(const QString &pointer) override;
    void setReadOnly(bool readOnly) override;

    void addSignature();
    void removeSignature();
    void moveSignature(int delta);
    void selectSignature(qsizetype index);
    qsizetype currentSignature() const { return m_current; }

private:
    void refresh();
    void updateButtons();
    /// Whether the edit changed the signatures; a refused one is shown under `title`. The
    /// document's changed() has already refreshed the list when it did.
    bool applied(const Result<StatementDocument::Change> &result, const QString &title);

    std::unique_ptr<Ui::SignaturesPage> m_ui;
    FieldBinder *m_reservations;
    qsizetype m_current = -1;
};

} // namespace yttra
