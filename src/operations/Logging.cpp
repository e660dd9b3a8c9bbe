#include "Logging.h"

Q_LOGGING_CATEGORY(lcOperations, "berth.operations")
