// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/navigatordelegate_p.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace yttra {

void NavigatorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto page = static_cast<NavigatorModel::Page>(index.data(NavigatorModel::PageRole).toInt());
    const auto state = static_cast<NavigatorModel::State>(index.data(NavigatorModel::StateRole).toInt());
    if (page != NavigatorModel::Page::Item) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }
    // Every item carries its mark; the other pages only when something is wrong on them.
    if (page == NavigatorModel::Page::Item || state != NavigatorModel::State::Complete) {
        option->icon = mark(state);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

QIcon NavigatorDelegate::mark(NavigatorModel::State state) const
{
    QIcon &cached = m_marks.at(static_cast<std::size_t>(state));
    if (!cached.isNull())
        return cached;
    // Drawn here: the marks must not depend on an icon theme being installed.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = state == NavigatorModel::State::Complete ? QColor(0x10, 0x7c, 0x10)
                          : state == NavigatorModel::State::Gaps   ? QColor(0xc1, 0x7d, 0x00)
                                                                   : QColor(0xc4, 0x2b, 0x1c);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(3, 3, 26, 26));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (state == NavigatorModel::State::Complete) {
        QPainterPath check;
        check.moveTo(9.5, 16.5);
        check.lineTo(14, 21);
        check.lineTo(22.5, 11.5);
        p.drawPath(check);
    } else {
        p.drawLine(QPointF(16, 9), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23));
    }
    p.end();
    cached = QIcon(pixmap);
    return cached;
}

void NavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int comments = index.data(NavigatorModel::OpenCommentsRole).toInt();
    if (comments == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString count = QString::number(comments);
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(count) + 10);
    const QRect badge(option.rect.right() - width - 4, option.rect.top() + 4, width, height);

    // The row's background reaches the edge; its text stops before the badge.
    QStyleOptionViewItem full = option;
    initStyleOption(&full, index);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &full, painter, option.widget);
    QStyleOptionViewItem text = option;
    text.rect.setRight(badge.left() - 4);
    QStyledItemDelegate::paint(painter, text, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xb0, 0x80, 0x00), 1));
    painter->setBrush(QColor(0xff, 0xe0, 0x8a));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(QColor(0x40, 0x30, 0x00));
    painter->drawText(badge, Qt::AlignCenter, count);
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(1);
    size.setHeight(size.height() + 6);
    return size;
}

} // namespace yttra
