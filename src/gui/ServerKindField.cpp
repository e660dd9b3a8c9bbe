#include "ServerKindField.h"

#include "api/RegistryClient.h"
#include "connection/ConnectionFactory.h"
#include "diagnosis/Cause.h"
#include "diagnosis/ErrorPresenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace berth {

namespace {
constexpr int kDetect = -1;

QString describe(const ServerIdentity &id)
{
    if (id.kind == ServerKind::Harbor)
        return id.version.isEmpty() ? ServerKindField::tr("Harbor") : ServerKindField::tr("Harbor %1").arg(id.version);
    return ServerKindField::tr("OCI registry");
}
} // namespace

ServerKindField::ServerKindField(QFormLayout *form, int row, QWidget *parent)
    : QObject(parent)
    , m_combo(new QComboBox(parent))
    , m_label(new QLabel(parent))
    , m_repositories(new QLineEdit(parent))
{
    m_combo->setObjectName(QStringLiteral("serverCombo"));
    m_combo->setAccessibleName(tr("Server kind"));
    m_combo->setAccessibleDescription(tr("Harbor or a plain OCI registry; Detect asks the server"));
    m_combo->addItem(tr("Detect"), kDetect);
    m_combo->addItem(tr("Harbor"), int(ServerKind::Harbor));
    m_combo->addItem(tr("OCI registry"), int(ServerKind::Registry));
    m_label->setObjectName(QStringLiteral("serverDetectedLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_label, 1);
    auto *caption = new QLabel(tr("Ser&ver:"), parent);
    caption->setBuddy(m_combo);
    form->insertRow(row, caption, box);
    m_repositories->setObjectName(QStringLiteral("repositoriesEdit"));
    m_repositories->setAccessibleName(tr("Repositories"));
    m_repositories->setAccessibleDescription(
        tr("For a registry that does not list its repositories to you: the ones to show, separated by spaces"));
    m_repositories->setPlaceholderText(tr("only if the registry does not list them: team/app library/nginx"));
    auto *repositoriesCaption = new QLabel(tr("Re&positories:"), parent);
    repositoriesCaption->setBuddy(m_repositories);
    form->insertRow(row + 1, repositoriesCaption, m_repositories);
    const auto follow = [this] {
        m_repositories->setEnabled(m_combo->currentData().toInt() != int(ServerKind::Harbor)); // Harbor lists its own
    };
    connect(m_combo, qOverload<int>(&QComboBox::currentIndexChanged), this, follow);
    connect(m_combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ServerKindField::changed);
    connect(m_repositories, &QLineEdit::textChanged, this, &ServerKindField::changed);
}

void ServerKindField::showProfile(const Profile &p, bool isNew)
{
    ++m_asking;
    m_detection.reset();
    m_label->clear();
    const QSignalBlocker quiet(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(isNew ? kDetect : int(p.server)));
    m_repositories->setEnabled(isNew || !p.isHarbor());
    const QSignalBlocker quietList(m_repositories);
    m_repositories->setText(p.repositories.join(QLatin1Char(' ')));
}

QStringList ServerKindField::repositories(QString *error) const
{
    if (!m_repositories->isEnabled())
        return {};
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList names = m_repositories->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (const QString why = RegistryClient::repositoryError(name); !why.isEmpty() && error) {
            *error = tr("Repository %1: %2").arg(name, why);
            break;
        }
    }
    return names;
}

std::optional<ServerKind> ServerKindField::kindFor(const QUrl &url) const
{
    const int chosen = m_combo->currentData().toInt();
    if (chosen != kDetect)
        return ServerKind(chosen);
    if (m_detection && m_detection->url == url && m_detection->identity)
        return m_detection->identity->kind;
    return std::nullopt;
}

bool ServerKindField::needsDetection(const QUrl &url) const
{
    return m_combo->currentData().toInt() == kDetect && (!m_detection || m_detection->url != url);
}

QString ServerKindField::detectedText() const
{
    return m_label->text();
}

void ServerKindField::detect(const Profile &p, std::function<void()> then)
{
    const int asking = ++m_asking;
    m_label->setText(tr("asking the server…"));
    ConnectionFactory::Tuning quick;
    quick.timeoutMs = 15000;
    const Connection c = ConnectionFactory::openAnonymous(p, this, quick);
    if (!c.ok()) {
        m_detection = Detection {p.url, std::nullopt};
        m_label->setText(tr("not asked: %1").arg(c.caFileProblem));
        then();
        return;
    }
    ApiTransport *transport = c.transport;
    detectServer(
        transport, this, [this, asking, transport, url = p.url, then](const ServerIdentity &id, const ApiError &e) {
            transport->deleteLater();
            if (asking != m_asking)
                return; // the form shows another account now
            m_detection = Detection {url, e ? std::nullopt : std::optional<ServerIdentity>(id)};
            m_label->setText(e ? tr("could not tell: %1").arg(e.summary()) : tr("found %1").arg(describe(id)));
            then();
        });
}

void ServerKindField::testRegistry(
    ApiTransport *transport, QObject *context, std::function<void(const QString &html, const QString &cause)> done)
{
    auto *registry = new RegistryClient(transport, transport);
    const bool named = transport->settings().hasCredentials();
    const QString user = transport->settings().username;
    registry->ping(context, [registry, named, user, done](const RegistryClient::Ping &ping, const ApiError &e) {
        registry->deleteLater();
        if (e) {
            DiagnosisContext c;
            c.plainRegistry = true;
            const Diagnosis d = ErrorPresenter::present(e, c);
            done(QStringLiteral("<b>%1</b><br/>%2").arg(d.title.toHtmlEscaped(), e.summary().toHtmlEscaped()),
                causeId(d.cause));
            return;
        }
        const QString who
            = named ? tr("The registry accepts %1.").arg(user) : tr("The registry answers anonymous requests.");
        QString text = QStringLiteral("<b>%1</b>").arg(who.toHtmlEscaped());
        if (!ping.apiVersion.isEmpty())
            text += QStringLiteral("<br/>") + tr("Distribution API: %1").arg(ping.apiVersion).toHtmlEscaped();
        done(text, QString());
    });
}

} // namespace berth
