#pragma once

#include <QCoreApplication>
#include <QString>

namespace berth {

// The extra CA certificates of a profile or --ca-file: one PEM file, named by an absolute path,
// so that what is trusted does not depend on the working directory of whoever runs Berth.
class CaFile
{
    Q_DECLARE_TR_FUNCTIONS(berth::CaFile)

public:
    // The absolute, clean form of a path as the user typed it, relative to the current
    // directory; empty stays empty.
    static QString absolutePath(const QString &typed);
    // Why the file cannot be used (a relative path, unreadable, or no PEM certificate in it), or
    // an empty string when it can.
    static QString problem(const QString &path);
};

} // namespace berth
