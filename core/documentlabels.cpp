// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlabels.h"

using namespace Qt::StringLiterals;

namespace yttra {

DocumentLabels::DocumentLabels(QStringView language)
    : m_english(language.left(2).compare(u"en", Qt::CaseInsensitive) == 0 && (language.size() == 2 || language.at(2) == u'-' || language.at(2) == u'_'))
{
}

QString DocumentLabels::itemKind(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Recommendation: return m_english ? u"Recommendation"_s : u"Rekommendation"_s;
    case ItemKind::Assessment: return m_english ? u"Assessment"_s : u"Bedömning"_s;
    case ItemKind::Question: return m_english ? u"Question"_s : u"Fråga"_s;
    }
    return {};
}

QString DocumentLabels::measureStatus(MeasureStatus status) const
{
    switch (status) {
    case MeasureStatus::Planned: return m_english ? u"planned"_s : u"planerad"_s;
    case MeasureStatus::Ongoing: return m_english ? u"ongoing"_s : u"pågående"_s;
    case MeasureStatus::Done: return m_english ? u"done"_s : u"avslutad"_s;
    case MeasureStatus::Transferred: return m_english ? u"transferred"_s : u"överförd"_s;
    case MeasureStatus::Cancelled: return m_english ? u"cancelled"_s : u"avbruten"_s;
    }
    return {};
}

QString DocumentLabels::itemHeading(const Statement &statement, qsizetype index) const
{
    const Item &item = statement.items.at(index);
    if (!item.label.trimmed().isEmpty())
        return item.label;
    return (m_english ? u"Response area %1"_s : u"Åtgärdsområde %1"_s).arg(index + 1);
}

} // namespace yttra
