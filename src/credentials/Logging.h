#pragma once

#include <QLoggingCategory>

namespace berth {

// "berth.credentials". Log keys and statuses, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

} // namespace berth
