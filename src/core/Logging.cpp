#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "berth.core")
