// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/summarypage_p.h"
#include "ui_summarypage.h"

#include "editor/fieldbinder_p.h"

using namespace Qt::StringLiterals;

namespace yttra {

SummaryPage::SummaryPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    m_ui->summaryEdit->setAccessibleName(tr("Summary"));
    m_ui->summaryEdit->setMinimumLines(10);
    m_ui->readingGuideEdit->setAccessibleName(tr("Reading guide"));
    m_binder->bind(m_ui->summaryEdit, u"/summary"_s);
    m_binder->bind(m_ui->readingGuideEdit, u"/readingGuide"_s);
}

SummaryPage::~SummaryPage() = default;

} // namespace yttra
