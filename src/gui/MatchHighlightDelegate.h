#pragma once

#include <QStyledItemDelegate>

namespace berth {

class RegistryFilterProxy;

// Paints the part of a name that matches the filter with the palette's highlight colour.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MatchHighlightDelegate(const RegistryFilterProxy *proxy, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const RegistryFilterProxy *m_proxy;
};

} // namespace berth
