#pragma once

#include <QString>

namespace berth {

// Keeps the secrets in this process's memory out of core dumps. On Linux: the core size limit
// becomes 0 (soft and hard, so a child cannot raise it again) and the process is marked not
// dumpable (PR_SET_DUMPABLE 0: no core, not even through a core_pattern pipe, and other processes
// of the same user may not ptrace it or read its memory). Elsewhere it does nothing. Both
// programs call it first thing in main(), before a secret is read. Returns false with *error
// set when a step failed (and logs a warning); the program carries on.
bool hardenProcess(QString *error = nullptr);

} // namespace berth
