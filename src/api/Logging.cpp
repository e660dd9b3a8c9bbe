#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "berth.api")
