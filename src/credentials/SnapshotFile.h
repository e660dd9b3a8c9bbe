#pragma once

#include <QString>

namespace berth {

struct Profile;

// Where a profile's tree snapshot lives: $XDG_CACHE_HOME/berth/snapshots/<key>.snap. The key is
// a hash of the profile's name, so no server-supplied string ever reaches a path, and the file
// goes with the profile (ProfileStore::remove). The identity written inside the file also
// covers the URL, the account kind and the user, so a profile redefined under the same name
// does not take another account's snapshot.
namespace snapshotfile {

QString directory();
QString pathFor(const QString &profileName);
QString identityOf(const Profile &profile);
// True when there is no file left (also when there was none).
bool remove(const QString &profileName);

} // namespace snapshotfile
} // namespace berth
