// Shared by the tests that check berthctl inspect and the Contents tab against tools/oci-fixtures:
// the set-up (a real docker-registry behind harbor-sim, the fixtures pushed through harbor-sim)
// and the JSON helpers that say what inspect --json must show of a fixture.
#pragma once

#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QUrl>

// The bytes a record of `oci-fixtures --out` holds, base64 in "raw".
inline QByteArray rawOf(const QJsonObject &record)
{
    return QByteArray::fromBase64(record.value(QStringLiteral("raw")).toString().toLatin1());
}

// Pushes the fixtures of tools/oci-fixtures (all, or only those named) through harbor-sim at
// `simUrl` into team-a/fx as alice, as skopeo or docker push would, so that harbor-sim records
// them as Harbor does. The password goes through OCI_FIXTURES_PASSWORD, never argv. On success
// `fixtures` is the "fixtures" object (name -> record) of the --out file written to `outPath`;
// otherwise `error` says why.
inline bool pushFixturesThroughSim(
    const QUrl &simUrl, const QString &outPath, QJsonObject *fixtures, QByteArray *error, const QStringList &only = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAlicePassword);
    QString url = simUrl.toString();
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QStringList args {QStringLiteral("--registry"), url, QStringLiteral("--repo"), QStringLiteral("team-a/fx"),
        QStringLiteral("--username"), SimAccounts::kAlice, QStringLiteral("--out"), outPath};
    if (!only.isEmpty())
        args << QStringLiteral("--only") << only;
    const RegistryServer::Result r = RegistryServer::run(RegistryServer::fixturesTool(), args, 180000, {}, env);
    if (!r.ok()) {
        *error = r.output;
        return false;
    }
    QFile f(outPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = "cannot read " + outPath.toUtf8();
        return false;
    }
    *fixtures = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("fixtures")).toObject();
    return true;
}

// Starts `registry` (no auth), then `sim` in front of it (--registry-backend), and pushes every
// fixture through `sim` (pushFixturesThroughSim). Returns false with `error` set otherwise.
inline bool startRegistryWithFixtures(
    RegistryServer &registry, SimServer &sim, const QString &outPath, QJsonObject *fixtures, QByteArray *error)
{
    if (!registry.start()) {
        *error = registry.errorString().toUtf8();
        return false;
    }
    if (!sim.start({QStringLiteral("--registry-backend"), registry.url().toString()})) {
        *error = sim.errorString().toUtf8();
        return false;
    }
    return pushFixturesThroughSim(sim.url(), outPath, fixtures, error);
}

// A _data function's rows: one a fixture, named as it, with its name in column "name".
inline void addFixtureRows(const QJsonObject &fixtures)
{
    QTest::addColumn<QString>("name");
    for (const QString &name : fixtures.keys())
        QTest::newRow(qPrintable(name)) << name;
}

// inspect --json writes null for a missing or empty string.
inline QJsonValue textOrNull(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() ? v : QJsonValue(QJsonValue::Null);
}

// inspect --json writes [] for a missing list.
inline QJsonArray stringsOf(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : QJsonArray();
}

// An index entry's platform as inspect --json writes it: null when the entry has none.
inline QJsonValue platformOf(const QJsonObject &p)
{
    if (p.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("os"), p.value(QStringLiteral("os"))},
        {QStringLiteral("architecture"), p.value(QStringLiteral("architecture"))},
        {QStringLiteral("variant"), textOrNull(p.value(QStringLiteral("variant")))}};
}

// The config media types whose fields inspect reads (OCI image-spec config.md, Docker's
// image manifest v2 schema 2); any other config is shown by its descriptor only.
inline bool isImageConfig(const QString &mediaType)
{
    return mediaType == QLatin1String("application/vnd.oci.image.config.v1+json")
        || mediaType == QLatin1String("application/vnd.docker.container.image.v1+json");
}

// The fields of inspect --json's config object, computed here from an image config's JSON
// (the raw config bytes parsed, or skopeo's `inspect --config` of them).
inline QJsonObject expectedConfigFields(const QJsonObject &config)
{
    const QJsonObject c = config.value(QStringLiteral("config")).toObject();
    QStringList ports = c.value(QStringLiteral("ExposedPorts")).toObject().keys();
    ports.sort();
    return QJsonObject {{QStringLiteral("created"), textOrNull(config.value(QStringLiteral("created")))},
        {QStringLiteral("author"), textOrNull(config.value(QStringLiteral("author")))},
        {QStringLiteral("os"), textOrNull(config.value(QStringLiteral("os")))},
        {QStringLiteral("architecture"), textOrNull(config.value(QStringLiteral("architecture")))},
        {QStringLiteral("variant"), textOrNull(config.value(QStringLiteral("variant")))},
        {QStringLiteral("entrypoint"), stringsOf(c.value(QStringLiteral("Entrypoint")))},
        {QStringLiteral("cmd"), stringsOf(c.value(QStringLiteral("Cmd")))},
        {QStringLiteral("env"), stringsOf(c.value(QStringLiteral("Env")))},
        {QStringLiteral("workingDir"), textOrNull(c.value(QStringLiteral("WorkingDir")))},
        {QStringLiteral("user"), textOrNull(c.value(QStringLiteral("User")))},
        {QStringLiteral("labels"), c.value(QStringLiteral("Labels")).toObject()},
        {QStringLiteral("exposedPorts"), QJsonArray::fromStringList(ports)}};
}

// QVERIFY2(actual == expected, what), printing both values first (compact JSON) when they
// differ, labelled e.g. "actual"/"expected" or "berthctl"/"skopeo".
inline void compareJson(const QJsonValue &actual, const QJsonValue &expected, const char *what,
    const char *actualLabel = "actual", const char *expectedLabel = "expected")
{
    if (actual != expected)
        qWarning("%s differs:\n%-9s %s\n%-9s %s", what, (QByteArray(actualLabel) + ':').constData(),
            QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact).constData(),
            (QByteArray(expectedLabel) + ':').constData(),
            QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact).constData());
    QVERIFY2(actual == expected, what);
}
