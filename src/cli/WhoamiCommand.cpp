#include "WhoamiCommand.h"

#include "core/DeleteAction.h"
#include "core/DisplayText.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <QJsonDocument>

namespace berth {

void WhoamiCommand::start()
{
    HarborClient *c = m_ctx.client;
    m_out.insert(QStringLiteral("url"), c->baseUrl().toString());
    m_out.insert(QStringLiteral("username"), c->settings().username);
    verifyThen([this, c] {
        const CredentialVerdict &v = c->credentialVerdict();
        m_out.insert(QStringLiteral("identity"), CredentialVerdict::stateName(v.state));
        if (v.state == CredentialVerdict::State::AcceptedUser)
            m_out.insert(QStringLiteral("sysadmin"), v.sysadmin);
        m_pending = 2;
        c->systemInfo(this, [this](const SystemInfo &s, const ApiError &e) {
            if (!e) {
                m_out.insert(QStringLiteral("harbor_version"), s.harborVersion);
                m_out.insert(QStringLiteral("auth_mode"), s.authMode);
                m_out.insert(QStringLiteral("read_only"), s.readOnly);
            } else {
                explain(e);
                m_exit = m_exit ? m_exit : exitCodeFor(e);
            }
            done();
        });
        c->listProjects(
            {}, this, [this](const QList<Project> &items, qint64) { m_projects += items; },
            [this, c](const ApiError &e) {
                if (e) {
                    explain(e);
                    m_exit = m_exit ? m_exit : exitCodeFor(e);
                } else if (c->settings().hasCredentials()) {
                    // Permissions need an authenticated caller; anonymous gets 401 here.
                    for (const Project &p : std::as_const(m_projects)) {
                        ++m_pending;
                        c->permissions(
                            p.id, this, [this, name = p.name](const QList<Permission> &perms, const ApiError &pe) {
                                QStringList list;
                                for (const Permission &x : perms)
                                    list << x.resource + QLatin1Char(':') + x.action;
                                list.sort();
                                m_permissions.insert(name, pe ? QStringList {QStringLiteral("?")} : list);
                                done();
                            });
                    }
                }
                done();
            });
    });
}

void WhoamiCommand::done()
{
    if (--m_pending > 0)
        return;
    QJsonArray projects;
    QString text
        = QStringLiteral("%1 at %2: %3\n")
              .arg(m_out.value(QStringLiteral("username")).toString().isEmpty()
                      ? tr("anonymous")
                      : m_out.value(QStringLiteral("username")).toString(),
                  m_out.value(QStringLiteral("url")).toString(), m_out.value(QStringLiteral("identity")).toString());
    // Values from the server are escaped one by one: a line break in one cannot forge a line.
    const auto cell = [](const QString &serverText) { return DisplayText::escapeControl(serverText); };
    if (m_out.contains(QStringLiteral("harbor_version")))
        text += tr("Harbor %1, auth mode %2\n")
                    .arg(cell(m_out.value(QStringLiteral("harbor_version")).toString()),
                        cell(m_out.value(QStringLiteral("auth_mode")).toString()));
    for (const Project &p : std::as_const(m_projects)) {
        const QStringList perms = m_permissions.value(p.name);
        const bool deleteTags = perms.contains(requiredPermission(DeleteAction::RemoveTag));
        projects.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("id"), p.id},
            {QStringLiteral("public"), p.isPublic}, {QStringLiteral("permissions"), QJsonArray::fromStringList(perms)},
            {QStringLiteral("can_delete_tags"), deleteTags}});
        text += QStringLiteral("  %1 (%2): %3\n")
                    .arg(cell(p.name), p.isPublic ? tr("public") : tr("private"),
                        perms.isEmpty() ? (
                            m_ctx.client->settings().hasCredentials() ? tr("no permissions") : tr("read (anonymous)"))
                                        : cell(perms.join(QStringLiteral(", "))));
    }
    m_out.insert(QStringLiteral("projects"), projects);
    if (m_ctx.options.json)
        Terminal::out(QJsonDocument(m_out).toJson(QJsonDocument::Indented));
    else
        Terminal::out(text);
    Terminal::flush();
    Q_EMIT finished(m_exit);
}

} // namespace berth
