#include "RegistryBanners.h"

#include "credentials/Profile.h"
#include "diagnosis/ErrorPresenter.h"
#include "MessageBanner.h"
#include "models/ModelRoles.h"
#include "models/RegistryTreeModel.h"
#include "RegistrySessions.h"

#include <QCoreApplication>

namespace berth {

namespace {

// The window's own words: the same translation context as before they moved here.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(berth::MainWindow)
};

} // namespace

void announceRegistryProblems(
    RegistryTreeModel *model, RegistrySessions *sessions, MessageBanner *banner, QObject *context)
{
    QObject::connect(model, &RegistryTreeModel::credentialsRejected, context,
        [banner](const QModelIndex &registry, const ApiError &error) {
            const Diagnosis d = ErrorPresenter::present(error);
            banner->show(Text::tr("%1: %2. Nothing is shown until you fix the credentials or choose to continue "
                                  "anonymously (public projects only).")
                             .arg(registry.data().toString(), d.title),
                registry, error);
        });
    // An untrusted certificate stops a registry until the user decides; say so where it shows. A
    // server that speaks only an old TLS version is named as such: no certificate was judged.
    QObject::connect(
        model, &RegistryTreeModel::fetchFailed, context, [banner](const QModelIndex &node, const ApiError &error) {
            if (error.kind != ApiError::Kind::Tls || NodeKind(node.data(KindRole).toInt()) != NodeKind::Registry)
                return;
            if (ErrorPresenter::causeOf(error) == Cause::TlsProtocolVersion)
                banner->show(
                    Text::tr("%1: %2.").arg(node.data().toString(), ErrorPresenter::present(error).title), node, error);
            else
                banner->show(Text::tr("%1: the server's certificate is not trusted (%2).")
                                 .arg(node.data().toString(), error.tlsErrors.value(0, error.transportMessage)),
                    node, error);
        });
    QObject::connect(
        sessions, &RegistrySessions::secretUnavailable, context, [banner](const Profile &p, const QString &message) {
            banner->show(Text::tr("%1: %2").arg(p.name, message), {}, {});
        });
}

} // namespace berth
