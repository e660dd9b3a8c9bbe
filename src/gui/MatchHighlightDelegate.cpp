#include "MatchHighlightDelegate.h"

#include "models/RegistryFilterProxy.h"

#include <QApplication>
#include <QPainter>

namespace berth {

MatchHighlightDelegate::MatchHighlightDelegate(const RegistryFilterProxy *proxy, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_proxy(proxy)
{ }

void MatchHighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != 0 || m_proxy->filterText().isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QRegularExpressionMatch m = m_proxy->matcher().match(text);
    if (!m.hasMatch() || m.capturedLength() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Draw everything but the text, then the text with the match marked.
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const QString before = text.left(m.capturedStart());
    const QString match = m.captured();
    const int x = textRect.left() + fm.horizontalAdvance(before);
    const QRect hl(x, textRect.top() + 1, fm.horizontalAdvance(match), textRect.height() - 2);
    painter->save();
    QColor bg = opt.palette.color(QPalette::Highlight);
    bg.setAlpha(opt.state & QStyle::State_Selected ? 90 : 60);
    painter->fillRect(hl.intersected(textRect), bg);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    if (index.data(Qt::ForegroundRole).canConvert<QBrush>() && !(opt.state & QStyle::State_Selected))
        painter->setPen(index.data(Qt::ForegroundRole).value<QBrush>().color());
    painter->setFont(opt.font);
    painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine,
        fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace berth
