#pragma once

#include <QString>

namespace berth {

// --password-stdin, for berth, berthctl and the benchmarks: the secret is the first line of
// standard input (at most 64 KiB), trimmed; empty when there is none. A secret never comes from
// argv or the environment. The bytes read are overwritten before their memory is freed.
QString readSecretFromStdin();

} // namespace berth
