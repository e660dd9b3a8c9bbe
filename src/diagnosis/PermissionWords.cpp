#include "PermissionWords.h"

#include <QCoreApplication>

namespace berth {

namespace {

constexpr const char *kContext = "berth::PermissionWords";

struct Word
{
    const char *harbor;
    const char *words;
};

// The resources and actions of goharbor/harbor src/common/rbac/const.go, named as Harbor's
// robot account pages name them.
constexpr Word kResources[] = {
    {".", QT_TRANSLATE_NOOP("berth::PermissionWords", "project")},
    {"*", QT_TRANSLATE_NOOP("berth::PermissionWords", "everything")},
    {"accessory", QT_TRANSLATE_NOOP("berth::PermissionWords", "accessory")},
    {"artifact", QT_TRANSLATE_NOOP("berth::PermissionWords", "artifact")},
    {"artifact-addition", QT_TRANSLATE_NOOP("berth::PermissionWords", "artifact addition")},
    {"artifact-label", QT_TRANSLATE_NOOP("berth::PermissionWords", "artifact label")},
    {"configuration", QT_TRANSLATE_NOOP("berth::PermissionWords", "configuration")},
    {"helm-chart", QT_TRANSLATE_NOOP("berth::PermissionWords", "Helm chart")},
    {"helm-chart-version", QT_TRANSLATE_NOOP("berth::PermissionWords", "Helm chart version")},
    {"helm-chart-version-label", QT_TRANSLATE_NOOP("berth::PermissionWords", "Helm chart version label")},
    {"immutable-tag", QT_TRANSLATE_NOOP("berth::PermissionWords", "immutability rule")},
    {"label", QT_TRANSLATE_NOOP("berth::PermissionWords", "label")},
    {"log", QT_TRANSLATE_NOOP("berth::PermissionWords", "log")},
    {"member", QT_TRANSLATE_NOOP("berth::PermissionWords", "member")},
    {"metadata", QT_TRANSLATE_NOOP("berth::PermissionWords", "project metadata")},
    {"notification-policy", QT_TRANSLATE_NOOP("berth::PermissionWords", "webhook")},
    {"preheat-policy", QT_TRANSLATE_NOOP("berth::PermissionWords", "preheat policy")},
    {"project", QT_TRANSLATE_NOOP("berth::PermissionWords", "project")},
    {"quota", QT_TRANSLATE_NOOP("berth::PermissionWords", "quota")},
    {"repository", QT_TRANSLATE_NOOP("berth::PermissionWords", "repository")},
    {"robot", QT_TRANSLATE_NOOP("berth::PermissionWords", "robot account")},
    {"scan", QT_TRANSLATE_NOOP("berth::PermissionWords", "scan")},
    {"scanner", QT_TRANSLATE_NOOP("berth::PermissionWords", "scanner")},
    {"tag", QT_TRANSLATE_NOOP("berth::PermissionWords", "tag")},
    {"tag-retention", QT_TRANSLATE_NOOP("berth::PermissionWords", "tag retention")},
};

constexpr Word kActions[] = {
    {"*", QT_TRANSLATE_NOOP("berth::PermissionWords", "everything")},
    {"create", QT_TRANSLATE_NOOP("berth::PermissionWords", "create")},
    {"delete", QT_TRANSLATE_NOOP("berth::PermissionWords", "delete")},
    {"list", QT_TRANSLATE_NOOP("berth::PermissionWords", "list")},
    {"operate", QT_TRANSLATE_NOOP("berth::PermissionWords", "operate")},
    {"pull", QT_TRANSLATE_NOOP("berth::PermissionWords", "pull")},
    {"push", QT_TRANSLATE_NOOP("berth::PermissionWords", "push")},
    {"read", QT_TRANSLATE_NOOP("berth::PermissionWords", "read")},
    {"scanner-pull", QT_TRANSLATE_NOOP("berth::PermissionWords", "scanner pull")},
    {"stop", QT_TRANSLATE_NOOP("berth::PermissionWords", "stop")},
    {"update", QT_TRANSLATE_NOOP("berth::PermissionWords", "update")},
};

template<size_t N>
QString wordFor(const Word (&table)[N], const QString &harbor)
{
    for (const Word &w : table)
        if (harbor == QLatin1String(w.harbor))
            return QCoreApplication::translate(kContext, w.words);
    return QString(harbor).replace(QLatin1Char('-'), QLatin1Char(' '));
}

} // namespace

QString permissionWords(const QString &resourceAction)
{
    // The action follows the last ':' ("resource:action"); a bare word is a resource.
    const int colon = resourceAction.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return wordFor(kResources, resourceAction);
    //: A permission in Harbor: the resource, then what may be done with it ("repository: pull").
    return QCoreApplication::translate("berth::PermissionWords", "%1: %2")
        .arg(wordFor(kResources, resourceAction.left(colon)), wordFor(kActions, resourceAction.mid(colon + 1)));
}

QStringList permissionWords(const QStringList &resourceActions)
{
    QStringList words;
    words.reserve(resourceActions.size());
    for (const QString &p : resourceActions)
        words << permissionWords(p);
    return words;
}

} // namespace berth
