#pragma once

#include "CleanupDuration.h"

#include <optional>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace berth {

// What a cleanup selects and keeps (the rules) and where it looks (the scope), with their JSON
// form in plan files. How rules decide is described in CleanupEvaluator.h.

struct TagPattern
{
    QString text;
    bool glob = false;

    bool isEmpty() const { return text.isEmpty(); }
    // The anchored expression, or an invalid one with `error` set.
    QRegularExpression compile(QString *error = nullptr) const;
    QString describe() const; // "regex 'ci-.*'" / "glob 'release-*'"
};

struct CleanupScope
{
    enum class Kind { Registry, Project, Folder, Repository };
    Kind kind = Kind::Registry;
    QString project;
    QString path; // Repository: path without project; Folder: the folder path without slashes

    // "*" or "" -> registry; "team" -> project; "team/a/b" -> repository; "team/a/" -> folder.
    static std::optional<CleanupScope> parse(const QString &text, QString *error = nullptr);
    QString toString() const; // the inverse of parse
    bool contains(const QString &fullRepository) const;
    QString kindName() const; // registry, project, folder, repository
};

struct CleanupRules
{
    // Filters (AND).
    TagPattern match;
    std::optional<qint64> olderThanSecs; // by push time
    std::optional<qint64> pulledBeforeSecs; // by pull time, never pulled = oldest
    bool untaggedOnly = false;
    QString mediaType;
    QString artifactType;

    // Keep rules.
    int keepLast = 0; // 0 = off
    TagPattern keep;
    std::optional<qint64> keepPulledWithinSecs;

    bool hasFilter() const;
    bool hasKeepRule() const;
    bool isEmpty() const { return !hasFilter() && !hasKeepRule(); }
    // Checks that patterns compile and numbers make sense; an empty string means valid.
    QString validate() const;
    // "tags matching regex 'ci-.*', pushed more than 30d ago; keep the 3 newest" (for people).
    QString describe() const;

    QJsonObject toJson() const;
    static std::optional<CleanupRules> fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace berth
