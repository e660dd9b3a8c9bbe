#include "MatchHighlightDelegate.h"

#include "core/DisplayText.h"
#include "models/RegistryFilterProxy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

bool MatchHighlightDelegate::isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return false;
    // The text rectangle and margin QCommonStyle elides in (viewItemDrawText).
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    return QFontMetrics(opt.font).horizontalAdvance(opt.text) > textRect.width() - 2 * margin;
}

namespace {

// A tooltip as rich text: the model hands over plain text or, where it holds '<' or '&',
// escaped HTML (DisplayText::literalForAutoText).
QString asHtml(const QString &tip)
{
    if (tip.startsWith(QLatin1String("<qt>")) && tip.endsWith(QLatin1String("</qt>")))
        return tip.mid(4, tip.size() - 9);
    return tip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

bool MatchHighlightDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || !isElided(option, index))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The whole text first, then what the model says about the row (its URL, an error).
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString modelTip = index.data(Qt::ToolTipRole).toString();
    QString tip = DisplayText::literalForAutoText(text);
    if (!modelTip.isEmpty() && modelTip != tip)
        tip = QLatin1String("<qt>") + asHtml(tip) + QLatin1String("<br>") + asHtml(modelTip) + QLatin1String("</qt>");
    QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
}

} // namespace berth
