#include "credentials/Logging.h"

namespace berth {

Q_LOGGING_CATEGORY(lcCredentials, "berth.credentials")

} // namespace berth
