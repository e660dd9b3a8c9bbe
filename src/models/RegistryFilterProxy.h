#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace berth {

// Filtering and sorting over RegistryTreeModel: substring, wildcard or regular expression,
// applied recursively (a parent stays visible when a descendant matches); toggles for
// untagged digests and for index children and accessories; sorting by each column's
// SortRole, so sizes and times sort as numbers.
class RegistryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode { Substring, Wildcard, RegularExpression };
    Q_ENUM(Mode)

    explicit RegistryFilterProxy(QObject *parent = nullptr);

    // Returns false (and keeps the old filter) when a regular expression does not compile.
    bool setFilter(const QString &text, Mode mode, QString *error = nullptr);
    QString filterText() const { return m_text; }
    Mode filterMode() const { return m_mode; }
    const QRegularExpression &matcher() const { return m_regex; }

    void setShowUntagged(bool on);
    bool showUntagged() const { return m_showUntagged; }
    void setShowNested(bool on); // index children and accessories
    bool showNested() const { return m_showNested; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    Mode m_mode = Mode::Substring;
    QRegularExpression m_regex;
    bool m_showUntagged = true;
    bool m_showNested = false;
};

} // namespace berth
