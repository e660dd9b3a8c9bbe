#include "ElidingLabel.h"

#include "core/DisplayText.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QToolTip>

namespace berth {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    QSizePolicy sp(QSizePolicy::Expanding, QSizePolicy::Preferred);
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
}

void ElidingLabel::setMaximumLines(int lines)
{
    m_maxLines = qMax(1, lines);
    updateGeometry();
    update();
}

QStringList ElidingLabel::layoutLines(int width, bool *elided) const
{
    // The line breaking of QLabel's word wrap, cut after m_maxLines lines; the last one shown
    // then holds the rest of the text, elided.
    const QString text = DisplayText::escapeControl(QLabel::text(), DisplayText::Keep::LinesAndTabs);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    struct Piece
    {
        int paragraph;
        int start;
        int length;
    };
    QList<Piece> pieces;
    for (int p = 0; p < paragraphs.size() && pieces.size() <= m_maxLines; ++p) {
        QTextLayout layout(paragraphs.at(p), font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid() && pieces.size() <= m_maxLines;
             line = layout.createLine()) {
            line.setLineWidth(qMax(1, width));
            pieces.append({p, line.textStart(), line.textLength()});
        }
        layout.endLayout();
    }
    QStringList lines;
    const bool cut = pieces.size() > m_maxLines;
    for (int i = 0; i < qMin(int(pieces.size()), cut ? m_maxLines - 1 : m_maxLines); ++i)
        lines << paragraphs.at(pieces.at(i).paragraph).mid(pieces.at(i).start, pieces.at(i).length).trimmed();
    if (cut) {
        const Piece &last = pieces.at(m_maxLines - 1);
        const QString rest
            = (QStringList {paragraphs.at(last.paragraph).mid(last.start)} + paragraphs.mid(last.paragraph + 1))
                  .join(QLatin1Char(' '));
        lines << QFontMetrics(font()).elidedText(rest.trimmed(), Qt::ElideRight, qMax(1, width));
    }
    if (elided)
        *elided = cut;
    return lines;
}

int ElidingLabel::linesFor(int width) const
{
    return qBound(1, int(layoutLines(width).size()), m_maxLines);
}

bool ElidingLabel::isElided() const
{
    const QRect r = contentsRect();
    bool elided = false;
    layoutLines(r.width(), &elided);
    return elided;
}

QSize ElidingLabel::sizeHint() const
{
    // Wide enough for the whole text on one line, when there is room for it.
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(QLabel::text().section(QLatin1Char('\n'), 0, 0)) + m.left() + m.right(),
        fm.lineSpacing() + m.top() + m.bottom()};
}

QSize ElidingLabel::minimumSizeHint() const
{
    // Any width works (the text is elided); one line high at least.
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 8 + m.left() + m.right(), fm.lineSpacing() + m.top() + m.bottom()};
}

int ElidingLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return linesFor(width - m.left() - m.right()) * QFontMetrics(font()).lineSpacing() + m.top() + m.bottom();
}

bool ElidingLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        // The whole message, when the label shows only part of it.
        auto *help = static_cast<QHelpEvent *>(event);
        if (isElided())
            QToolTip::showText(help->globalPos(), DisplayText::literalForAutoText(QLabel::text()), this, rect());
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void ElidingLabel::contextMenuEvent(QContextMenuEvent *event)
{
    if (QLabel::text().isEmpty())
        return;
    // The painted text cannot be selected; this copies all of it, cut or not.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), this, [this] { QGuiApplication::clipboard()->setText(QLabel::text()); });
    menu->popup(event->globalPos()); // not exec(): no nested event loop
}

void ElidingLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = contentsRect();
    const QStringList lines = layoutLines(r.width());
    const QFontMetrics fm(font());
    // Centred as a block, as QLabel centres its text vertically.
    int y = r.top() + qMax(0, (r.height() - int(lines.size()) * fm.lineSpacing()) / 2);
    const Qt::Alignment horizontal = QStyle::visualAlignment(layoutDirection(), alignment()) & Qt::AlignHorizontal_Mask;
    for (const QString &line : lines) {
        style()->drawItemText(&painter, QRect(r.left(), y, r.width(), fm.lineSpacing()),
            int(horizontal | Qt::AlignVCenter) | Qt::TextSingleLine, palette(), isEnabled(), line, foregroundRole());
        y += fm.lineSpacing();
    }
}

} // namespace berth
