#include "Logging.h"

Q_LOGGING_CATEGORY(lcContent, "berth.content")
