#pragma once

#include <QStyledItemDelegate>

namespace berth {

class RegistryFilterProxy;

// Paints the part of a name that matches the filter with the palette's highlight colour, and
// shows a cell's whole text in its tooltip when the column is too narrow for it.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MatchHighlightDelegate(const RegistryFilterProxy *proxy, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // True when the cell's text does not fit its rectangle and is painted elided.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    const RegistryFilterProxy *m_proxy;
};

} // namespace berth
