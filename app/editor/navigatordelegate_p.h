// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/navigatormodel.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace yttra {

/// Draws the navigator's rows from NavigatorModel's roles: a mark for whether a part is
/// complete, page names in bold, the number of open review comments in a badge at the right
/// edge, and text cut with "…" at the edge instead of making the list scroll sideways.
class NavigatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon mark(NavigatorModel::State state) const;

    mutable std::array<QIcon, 3> m_marks; // by State, drawn when first needed
};

} // namespace yttra
