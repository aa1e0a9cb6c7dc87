// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorpage.h"

#include <memory>

namespace Ui {
class AuditPage;
}

namespace yttra {

/// The audit being answered: title, reference, auditor, dates, the boards it is addressed
/// to and its conclusion.
class AuditPage : public EditorPage
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

private:
    std::unique_ptr<Ui::AuditPage> m_ui;
};

} // namespace yttra
