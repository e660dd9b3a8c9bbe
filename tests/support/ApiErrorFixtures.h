// Hand-built errors for tests that show a diagnosis without making the request.
#pragma once

#include "api/ApiError.h"
#include "SimAccounts.h"

#include <QString>
#include <QUrl>

// The 401 Harbor answers to the cleaner robot's DELETE of the tag library/nginx:1.25 when it
// does not accept the credentials. `base` is the registry URL with its trailing slash.
inline berth::ApiError rejectedTagDelete(const QString &base)
{
    berth::ApiError e;
    e.kind = berth::ApiError::Kind::Unauthorized;
    e.httpStatus = 401;
    e.method = "DELETE";
    e.url = QUrl(base + QStringLiteral("api/v2.0/projects/library/repositories/nginx/artifacts/1.25/tags/1.25"));
    e.authScheme = QStringLiteral("basic");
    e.username = SimAccounts::kCleaner;
    e.harborCode = QStringLiteral("UNAUTHORIZED");
    e.harborMessage = QStringLiteral("unauthorized");
    e.requestId = e.responseRequestId = QStringLiteral("5f0c2d7e-8a41-4c1e-9d51-0b3a9b1c2d3e");
    e.elapsedMs = 1520;
    return e;
}
