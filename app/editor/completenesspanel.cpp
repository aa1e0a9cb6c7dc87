// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/completenesspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace yttra {

CompletenessPanel::CompletenessPanel(QWidget *parent) : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"findingList"_s);
    m_list->setAccessibleName(tr("Findings"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    setFocusProxy(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *entry) {
        if (entry && entry->flags() != Qt::NoItemFlags)
            Q_EMIT findingActivated(entry->data(Qt::UserRole).toString());
    });
    setFindings({}, {});
}

void CompletenessPanel::setFindings(const QList<Finding> &findings, const std::function<QString(const QString &)> &where)
{
    // Typing seldom changes what is missing; rebuilding an unchanged list would cost time on
    // every key and lose the user's place in it.
    if (findings == m_findings && m_list->count() > 0)
        return;
    m_findings = findings;
    const int current = m_list->currentRow();
    m_list->clear();
    int errors = 0;
    for (const Finding &finding : findings) {
        const bool error = finding.severity == Finding::Severity::Error;
        errors += error ? 1 : 0;
        const QString place = where ? where(finding.pointer) : finding.pointer;
        auto *entry = new QListWidgetItem(u"%1: %2"_s.arg(place, finding.message), m_list);
        entry->setData(Qt::UserRole, finding.pointer);
        entry->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        entry->setToolTip(error ? tr("Must be put right before the statement can be saved") : tr("Missing from what the auditors' template asks for"));
    }
    if (findings.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Every part the template asks for is there."), m_list);
        none->setFlags(Qt::NoItemFlags);
        m_summary->setText(u"<b>%1</b> — %2"_s.arg(tr("Completeness"), tr("nothing missing")));
    } else {
        const int gaps = static_cast<int>(findings.size()) - errors;
        const QString counts = errors > 0 ? tr("%n error(s)", nullptr, errors) + u", "_s + tr("%n gap(s)", nullptr, gaps)
                                          : tr("%n gap(s)", nullptr, gaps);
        m_summary->setText(u"<b>%1</b> — %2"_s.arg(tr("Completeness"), counts.toHtmlEscaped()));
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
}

} // namespace yttra
