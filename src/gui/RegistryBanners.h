#pragma once

class QObject;

namespace berth {

class MessageBanner;
class RegistrySessions;
class RegistryTreeModel;

// What the window's banner says about a registry that stopped: credentials Harbor rejected, a
// certificate not trusted or a TLS version refused, a secret the keychain could not give.
void announceRegistryProblems(
    RegistryTreeModel *model, RegistrySessions *sessions, MessageBanner *banner, QObject *context);

} // namespace berth
