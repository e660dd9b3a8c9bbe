#include "Logging.h"

Q_LOGGING_CATEGORY(lcModels, "berth.models")
