#pragma once

#include "credentials/Profile.h"

#include <memory>
#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace berth {

// Saved accounts in QSettings (organisation "Berth", application "berth"), shared by the GUI and
// berthctl. Never stores a secret: only whether one was saved in the keychain. Every call
// re-reads the settings, so a profile saved by the other program shows up.
class ProfileStore
{
public:
    // settings: for tests (a temp file); not owned. nullptr = the shared Berth settings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    std::optional<Profile> defaultProfile() const; // exactly one saved -> it
    std::optional<Profile> findByUrlAndUser(const QUrl &url, const QString &user) const;

    // Adds or replaces the profile with p.name. Normalises url and pinnedSha256. Refuses an empty
    // or untrimmed name, an invalid URL, a robot/user profile without a user name, an anonymous
    // profile with one, a malformed pin, and a second profile for the same user at the same URL.
    bool save(const Profile &p, QString *error);
    // Like save(), but p takes the place of the profile `oldName` (a rename) in one write.
    bool replace(const QString &oldName, const Profile &p, QString *error);
    // What save()/replace() would refuse, without writing. Returns the normalised profile.
    std::optional<Profile> validate(const Profile &p, const QString &replacing, QString *error) const;
    bool remove(const QString &name);

    static QString defaultNameFor(const QUrl &url); // host[:port]
    QString uniqueNameFor(const QUrl &url) const; // defaultNameFor, or "host (2)" if taken

    QString fileName() const; // the settings file, for messages

private:
    bool writeAll(const QList<Profile> &all, QString *error);

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_owned;
};

} // namespace berth
