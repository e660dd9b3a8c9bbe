#pragma once

#include "Cause.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

// Facts beyond the failed request itself: what the profile and keychain said, what the user's
// own command sent (for explain), and what the probes found. Unknown facts stay empty.
struct DiagnosisContext
{
    // How the credentials were (or were not) obtained.
    bool credentialsExpected = false; // the profile is a robot or user profile
    bool secretUnavailable = false; // expected, but none could be read
    bool keyringSuspect = false; // a saved secret read back as "not found", or the keyring refused
    QString keyringMessage;
    bool secretLooksLikeToken = false;
    QDateTime robotExpiresAt;

    // For requests that Berth did not send itself (explain).
    QString sentScheme; // overrides ApiError::authScheme: "basic", "bearer", "none", "other"
    QStringList cookieNames; // cookies the request carried
    QStringList shellNotes; // what a shell would have done to the command
    bool statusPredicted = false; // explain: the request was not sent; its status is Harbor's foreseen answer

    // What these same credentials did before the request failed. Only when rows were listed with
    // them (the window's tree: one client lists and deletes) does a diagnosis say "listing
    // worked"; a start-up users/current or a berthctl run that stopped at it listed nothing.
    bool listedWithTheseCredentials = false;

    // Probes (GET only, same credentials).
    int usersCurrentStatus = 0; // 0 = not probed; 401, 412 (robot ok), 200 (user ok)
    QString authMode; // from systeminfo
    std::optional<bool> readOnly;
    QString targetProject;
    int projectStatus = 0; // GET /projects/{targetProject} with them; 0 = not probed
    std::optional<QStringList> permissions; // "resource:action" in targetProject, when probed
    QString neededPermission; // e.g. "tag:delete"
    QString robotPrefix = QStringLiteral("robot$");
    // When the caller decided the cause from facts the presenter does not see (explain), it
    // names it here and the presenter only words it.
    std::optional<Cause> decidedCause;
    QString suggestedName; // a name known to work (explain probed the name as typed)

    // A plain OCI registry: no Harbor API, so no anonymous fallback, no projects, no users/current.
    bool plainRegistry = false;
    // A tag delete the registry refused (tag_delete_unsupported): the digest the tag is on and the
    // other tags on it, when the caller looked them up (they go with a manifest delete).
    QString manifestDigest;
    std::optional<QStringList> otherTags;

    // 404 probes
    std::optional<bool> tagExists; // the tag exists somewhere in the repository
    QString tagNowOnDigest; // the digest the tag points to now, when it moved
};

struct Diagnosis
{
    Cause cause = Cause::Unknown; // causeId() gives its stable id
    QString title; // one line
    QString explanation;
    QStringList likelyCauses; // ranked, most likely first
    QString fix;
    QList<DiagnosisAction> actions; // copy details first, then by what helps most
};

} // namespace berth
