#include "ImportLoginsCommand.h"

#include "core/DisplayText.h"
#include "core/RegistryUrl.h"
#include "credentials/CredentialStore.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace berth {

namespace {

QString registryText(const FoundLogin &l)
{
    if (!l.registryUrl.isValid())
        return DisplayText::escapeControl(l.key.left(200));
    const QString host = registryHost(l.registryUrl);
    return l.namespacePath.isEmpty() ? host : host + QLatin1Char('/') + l.namespacePath;
}

} // namespace

bool ImportLoginsCommand::matches(const FoundLogin &login, const QString &word)
{
    if (word == login.key)
        return true;
    if (!login.registryUrl.isValid())
        return false;
    if (word == registryText(login))
        return true;
    const RegistryUrl url = normalizeRegistryUrl(word);
    return url.isValid() && url.url == login.registryUrl && login.namespacePath.isEmpty();
}

void ImportLoginsCommand::list(const LoginScan &scan)
{
    if (m_ctx.options.json) {
        QJsonArray rows;
        for (const FoundLogin &l : scan.logins) {
            rows.append(QJsonObject {
                {QStringLiteral("registry"), registryText(l)},
                {QStringLiteral("url"), l.registryUrl.isValid() ? QJsonValue(l.registryUrl.toString()) : QJsonValue()},
                {QStringLiteral("namespace"), l.namespacePath},
                {QStringLiteral("key"), l.key},
                {QStringLiteral("username"), l.username},
                {QStringLiteral("source"), l.sourceFile},
                {QStringLiteral("helper"), l.helper},
                {QStringLiteral("importable"), l.importable()},
                {QStringLiteral("problem"), l.problem},
            });
        }
        Terminal::out(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    QString text;
    for (const FoundLogin &l : scan.logins) {
        const QString where
            = l.helper.isEmpty() ? l.sourceFile : tr("docker-credential-%1 (named in %2)").arg(l.helper, l.sourceFile);
        const QString state = !l.importable() ? tr("cannot import: %1").arg(l.problem)
            : l.helper.isEmpty()              ? tr("password in the file")
                                              : tr("password kept by the helper, read only when imported");
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(registryText(l), l.username.isEmpty() ? tr("(user from the helper)") : l.username, where,
                        state);
    }
    Terminal::out(text);
}

void ImportLoginsCommand::start()
{
    QTimer::singleShot(0, this, [this] {
        const LoginScan scan = LoginImport::scan();
        for (const QString &problem : scan.problems)
            Terminal::err(tr("warning: %1").arg(problem));
        const QStringList wanted = m_ctx.options.args;
        const bool all = m_ctx.options.login.yes;
        if (scan.logins.isEmpty()) {
            Terminal::err(scan.filesRead.isEmpty()
                    ? tr("No docker or podman login file found.")
                    : tr("No logins found in %1.").arg(scan.filesRead.join(QStringLiteral(", "))));
            Q_EMIT finished(wanted.isEmpty() ? ExitOk : ExitNotFound);
            return;
        }
        if (wanted.isEmpty() && !all) {
            list(scan);
            Terminal::flush();
            if (!m_ctx.options.json)
                Terminal::err(tr("Nothing was saved. Name the registries to import (berthctl login --import "
                                 "REGISTRY...), or give --yes to import every one that can be."));
            Q_EMIT finished(ExitOk);
            return;
        }
        QList<FoundLogin> picked;
        int code = ExitOk;
        for (const QString &word : wanted) {
            bool any = false;
            for (const FoundLogin &l : scan.logins) {
                if (!matches(l, word))
                    continue;
                any = true;
                if (l.importable())
                    picked << l;
                else {
                    Terminal::err(tr("%1 (%2): cannot import: %3").arg(registryText(l), l.sourceFile, l.problem));
                    code = ExitFailure;
                }
            }
            if (!any) {
                Terminal::err(tr("No login found for '%1'.").arg(DisplayText::escapeControl(word)));
                code = ExitNotFound;
            }
        }
        if (all && wanted.isEmpty()) {
            for (const FoundLogin &l : scan.logins)
                if (l.importable())
                    picked << l;
        }
        auto *importer = new LoginImporter(m_ctx.store, m_ctx.profiles, this);
        importer->setHelperTimeout(m_ctx.options.timeoutSeconds * 1000);
        connect(importer, &LoginImporter::saved, this, [this](const FoundLogin &l, const Profile &p) {
            Terminal::err(tr("Saved profile '%1' for %2 at %3 (from %4); the secret is in %5. Saved as a plain "
                             "registry: nothing was sent to check it.")
                              .arg(p.name, p.username, p.url.toString(), l.sourceFile, m_ctx.store->backendName()));
        });
        connect(importer, &LoginImporter::failed, this, [](const FoundLogin &l, const QString &message) {
            Terminal::err(tr("%1: not saved: %2").arg(registryText(l), message));
        });
        connect(importer, &LoginImporter::done, this,
            [this, code](int, int failed) { Q_EMIT finished(failed > 0 ? ExitCredentials : code); });
        importer->start(picked);
    });
}

} // namespace berth
