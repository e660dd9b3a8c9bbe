#pragma once

#include <QDateTime>
#include <QString>

namespace berth {

// One Harbor project as GET /projects returns it. metadata.public arrives as a string.
struct Project
{
    qint64 id = 0;
    QString name;
    bool isPublic = false;
    qint64 repoCount = 0;
    QString ownerName;
    qint64 registryId = 0; // non-zero for proxy-cache projects
    QDateTime creationTime;
    QDateTime updateTime;
};

// One repository. `name` is Harbor's full name ("team/backend/api"); the project part is the
// first segment, and the path form (without it) is what goes into URLs.
struct Repository
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString description;
    qint64 artifactCount = 0;
    qint64 pullCount = 0;
    QDateTime creationTime;
    QDateTime updateTime;

    QString projectName() const { return name.section(QLatin1Char('/'), 0, 0); }
    QString pathName() const { return name.section(QLatin1Char('/'), 1); }
};

} // namespace berth
