// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/auditpage.h"
#include "ui_auditpage.h"

#include "editor/fieldbinder_p.h"

using namespace Qt::StringLiterals;

namespace yttra {

AuditPage::AuditPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::AuditPage>())
{
    m_ui->setupUi(this);
    m_ui->reportDateField->setAccessibleName(tr("Report date"));
    m_ui->decisionDateField->setAccessibleName(tr("Decision date"));
    m_ui->conclusionEdit->setAccessibleName(tr("Audit conclusion"));
    m_ui->conclusionEdit->setMinimumLines(6);

    m_binder->bind(m_ui->titleEdit, u"/audit/title"_s);
    m_binder->bind(m_ui->referenceEdit, u"/audit/reference"_s);
    m_binder->bind(m_ui->auditorEdit, u"/audit/auditor"_s);
    m_binder->bind(m_ui->reportDateField, u"/audit/reportDate"_s);
    m_binder->bind(m_ui->decisionDateField, u"/audit/decisionDate"_s);
    m_binder->bind(m_ui->addresseesEdit, u"/audit/addressees"_s);
    m_binder->bind(m_ui->conclusionEdit, u"/audit/conclusion"_s);
}

AuditPage::~AuditPage() = default;

} // namespace yttra
