#include "Logging.h"

Q_LOGGING_CATEGORY(lcDiagnosis, "berth.diagnosis")
