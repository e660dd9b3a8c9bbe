#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace berth {

struct RegistryNode;

// Filtering and sorting over RegistryTreeModel: substring, wildcard or regular expression,
// matched against each row's full path ("project", "project/folder/", "project/repo",
// "project/repo:tag", "project/repo@sha256:…"), so one expression can span levels
// (`app-0[0-2].*:v1`). A row shows when its path matches, when a descendant's does (its
// ancestors stay visible), or when an ancestor's does (a matching repository keeps its tags
// reachable). Toggles hide untagged digests and index children and accessories whatever
// matches. Sorting uses each column's SortRole, so sizes and times sort as numbers.
class RegistryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode { Substring, Wildcard, RegularExpression };
    Q_ENUM(Mode)

    explicit RegistryFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    // Returns false (and keeps the old filter) when a regular expression does not compile.
    bool setFilter(const QString &text, Mode mode, QString *error = nullptr);
    QString filterText() const { return m_text; }
    Mode filterMode() const { return m_mode; }
    const QRegularExpression &matcher() const { return m_regex; }
    // What the filter matches for a row: its full path, as above.
    static QString filterPath(const RegistryNode *node);

    void setShowUntagged(bool on);
    bool showUntagged() const { return m_showUntagged; }
    void setShowNested(bool on); // index children and accessories
    bool showNested() const { return m_showNested; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool hiddenByToggles(const RegistryNode *n) const;
    bool pathMatches(const RegistryNode *n) const; // cached for one filter pass

    QString m_text;
    Mode m_mode = Mode::Substring;
    QRegularExpression m_regex;
    bool m_showUntagged = true;
    bool m_showNested = false;
    mutable QHash<const RegistryNode *, bool> m_matchCache;
    mutable QString m_scratch; // pathMatches' buffer for tag paths
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace berth
