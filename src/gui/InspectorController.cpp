#include "InspectorController.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "core/DigestText.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "models/RegistryTreeModel.h"
#include "RegistrySessions.h"

#include <QElapsedTimer>
#include <QTabWidget>

namespace berth {

namespace {
bool inspectable(NodeKind kind)
{
    return kind == NodeKind::Tag || kind == NodeKind::Digest || kind == NodeKind::Child || kind == NodeKind::Accessory;
}

QString digestTitle(const QString &repository, const QString &digest)
{
    return repository + QLatin1Char('@') + shortDigest(digest) + QChar(0x2026);
}
} // namespace

InspectorController::InspectorController(
    RegistryTreeModel *model, RegistrySessions *sessions, QTabWidget *tabs, InspectorPane *pane, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_sessions(sessions)
    , m_tabs(tabs)
    , m_pane(pane)
    , m_cache(std::make_unique<ContentCache>()) // shared with berthctl: $XDG_CACHE_HOME/berth/content
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &InspectorController::refreshIfShown);
    connect(m_pane, &InspectorPane::inspectRequested, this, &InspectorController::openFromIndex);
    connect(m_pane, &InspectorPane::backRequested, this, [this] {
        if (!m_index)
            return;
        const Target back = *m_index;
        m_index.reset();
        inspect(back);
    });
}

InspectorController::~InspectorController() = default;

bool InspectorController::isShown() const
{
    return m_tabs->currentWidget() == m_pane;
}

void InspectorController::showContents()
{
    m_tabs->setCurrentWidget(m_pane); // currentChanged inspects, when it was hidden
}

void InspectorController::setCurrent(const QModelIndex &sourceIndex)
{
    const QPersistentModelIndex row(sourceIndex.siblingAtColumn(0));
    if (row == m_row && m_shown)
        return;
    m_row = row;
    m_index.reset();
    refreshIfShown();
}

std::optional<InspectorController::Target> InspectorController::targetOf(const QModelIndex &index) const
{
    const RegistryNode *n = m_model->node(index);
    if (!n || !inspectable(n->kind) || !n->artifact)
        return std::nullopt;
    Target t;
    t.client = m_model->clientFor(index);
    t.registry = m_model->registryClientFor(index);
    t.repository = n->repositoryFullName();
    // A platform's or an accessory's own digest, else the artifact's.
    t.digest = n->digest();
    if (t.digest.isEmpty() || t.repository.isEmpty())
        return std::nullopt;
    switch (n->kind) {
    case NodeKind::Tag:
        t.subject.title = t.repository + QLatin1Char(':') + n->name;
        break;
    case NodeKind::Child:
    case NodeKind::Accessory:
        t.subject.title = tr("%1 (%2)").arg(digestTitle(t.repository, t.digest), n->name);
        break;
    default:
        t.subject.title = digestTitle(t.repository, t.digest);
        break;
    }
    // Harbor's scan belongs to the artifact; a platform or accessory row carries its subject's.
    if (!n->isNested()) {
        const ArtifactRareData &rare = n->artifact->rare();
        t.subject.scanSeverity = rare.scanSeverity;
        t.subject.scanTotal = rare.scanTotal;
        t.subject.scanFixable = rare.scanFixable;
        t.subject.scanSummary = rare.scanSummary;
    }
    return t;
}

void InspectorController::refreshIfShown()
{
    if (!isShown())
        return; // nothing is asked for a tab nobody sees
    if (m_shown && m_shown->subject.openedFrom && m_index)
        return; // a platform opened from the index stays until the row changes
    const std::optional<Target> t = targetOf(m_row);
    if (!t) {
        ++m_generation; // whatever is on its way is for another row
        m_shown.reset();
        m_pane->showMessage(tr("Select a tag, an untagged artifact or a platform to see what is inside it."));
        return;
    }
    if (m_shown && *m_shown == *t && !m_failed)
        return; // shown already, or on its way
    inspect(*t);
}

void InspectorController::openFromIndex(const QString &digest, const QString &label)
{
    if (!m_shown || digest.isEmpty())
        return;
    if (!m_shown->subject.openedFrom)
        m_index = m_shown; // Back returns to the manifest the user first opened
    Target t;
    t.client = m_shown->client;
    t.registry = m_shown->registry;
    t.repository = m_shown->repository;
    t.digest = digest;
    t.subject.title = tr("%1 (%2)").arg(digestTitle(t.repository, digest), label);
    t.subject.openedFrom = true;
    inspect(t);
}

RegistryClient *InspectorController::registryFor(HarborClient *client)
{
    if (!client)
        return nullptr;
    // One registry client per Harbor client, owned by it: a replaced client (new credentials,
    // anonymous) takes its registry client and cached tokens with it.
    m_registries.removeIf([](const auto &entry) { return entry.value().isNull(); }); // clients gone
    QPointer<RegistryClient> &registry = m_registries[client];
    if (!registry)
        registry = new RegistryClient(client, client);
    return registry;
}

void InspectorController::inspect(const Target &target)
{
    const quint64 generation = ++m_generation;
    m_shown = target;
    m_failed = false;
    RegistryClient *registry = target.registry ? target.registry.data() : registryFor(target.client);
    if (!registry) {
        m_pane->showMessage(tr("This registry is not connected."));
        return;
    }
    ++m_started;
    QElapsedTimer timer;
    timer.start();
    m_pane->showLoading(target.subject);
    const DiagnosisContext credentials = credentialFacts(m_sessions->profileAt(m_row));
    ImageInspection::Request request;
    request.repository = target.repository;
    request.reference = target.digest; // by digest: the cache serves what it verified before
    request.displayReference = target.subject.title;
    ImageInspection::run(registry, m_cache.get(), request, this,
        [this, generation, target, credentials, timer](const ImageInspectionResult &result, const ApiError &error) {
            ++m_finished;
            if (generation != m_generation)
                return; // the user moved on meanwhile
            if (error) {
                m_failed = true;
                // The client's verdict on these credentials is as fresh as the tree's rows: the
                // API accepted them to list this one, so a 401 from /v2/ is a missing pull.
                DiagnosisContext context = diagnosisContext(credentials,
                    target.repository.section(QLatin1Char('/'), 0, 0), QStringLiteral("repository:pull"),
                    target.client ? &target.client->credentialVerdict() : nullptr);
                context.listedWithTheseCredentials = true;
                context.plainRegistry = !target.registry.isNull();
                m_pane->showError(target.subject, ErrorPresenter::present(error, context));
                return;
            }
            m_pane->showResult(target.subject, result);
            Q_EMIT shown(timer.elapsed(), result.top.fromCache, result.requests);
        });
}

} // namespace berth
