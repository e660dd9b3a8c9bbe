// UndoRun's part for the accessories Harbor deletes with an artifact (cosign and notation
// signatures, SBOMs, other referrers: goharbor/harbor src/controller/artifact/controller.go,
// deleteDeeply). Their manifests are among the plan's nodes after the subject's, so the presence
// and blob checks and the puts by digest are the subject's own; here: loading them, checking
// their tags, and putting the tags back.
#include "api/RegistryClient.h"
#include "core/OciMediaTypes.h"
#include "UndoRun.h"

namespace berth {

bool UndoRun::loadAccessories(int index, const LoadNode &load)
{
    const JournalEntry &e = m_request.entries.at(index);
    Plan &plan = m_plans[index];
    for (const JournalAccessory &a : e.accessories) {
        if (!load(a.digest, OciMediaType::essence(a.mediaType), 0))
            return false;
        int node = -1;
        for (int n = 0; n < plan.nodes.size(); ++n)
            if (plan.nodes.at(n).digest == a.digest)
                node = n;
        for (const QString &tag : a.tags)
            plan.accessoryTags.append({tag, node});
    }
    return true;
}

void UndoRun::checkAccessoryTags(QList<Task> *tasks)
{
    // A HEAD each: Harbor's artifact listing leaves accessories out, and they are few.
    RegistryClient *r = m_request.registry;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!m_active[i])
            continue;
        const QString repo = m_request.entries.at(i).repository;
        for (const auto &[tag, node] : std::as_const(m_plans[i].accessoryTags)) {
            const QString want = m_plans[i].nodes.at(node).digest;
            *tasks << [this, r, repo, i, tag = tag, want](std::function<void()> done) {
                r->headManifest(repo, tag, this,
                    [this, i, tag, want, repo, done](const RegistryClient::ManifestHead &head, const ApiError &e) {
                        if (e.isError() && e.kind != ApiError::Kind::NotFound) {
                            failEntry(i, e, false);
                        } else if (!e.isError() && head.digest == want) {
                            m_plans[i].accessoryTagsPresent << tag;
                        } else if (!e.isError() && !head.digest.isEmpty() && m_conflictTag.isEmpty()) {
                            // Signed again since the delete: a new signature is not overwritten
                            // without --force, as the subject's tags are not.
                            m_conflictTag = tag;
                            m_conflictDigest = head.digest;
                            m_conflictRepository = repo;
                        }
                        done();
                    });
            };
        }
    }
}

void UndoRun::putAccessoryTags(int index, int tag, std::function<void()> next)
{
    Plan &plan = m_plans[index];
    if (tag >= plan.accessoryTags.size() || !m_active[index])
        return next();
    const auto &[name, node] = plan.accessoryTags.at(tag);
    if (plan.accessoryTagsPresent.contains(name)) {
        m_results[index].accessoryTagsRestored << name;
        return putAccessoryTags(index, tag + 1, next);
    }
    // Over /v2/ on Harbor as well: a manifest PUT under cosign's tag is what makes Harbor record
    // the signature as an accessory again (src/server/middleware/cosign/cosign.go); its tags API
    // would only name the artifact.
    const Node &n = plan.nodes.at(node);
    const QString tagName = name;
    m_request.registry->putManifest(m_request.entries.at(index).repository, tagName, n.bytes, n.mediaType, this,
        [this, index, tag, tagName, next](const QString &, const ApiError &err) {
            if (err.isError()) {
                failEntry(index, err, true);
                return next();
            }
            m_results[index].accessoryTagsRestored << tagName;
            putAccessoryTags(index, tag + 1, next);
        });
}

} // namespace berth
