#pragma once

#include <QString>

namespace berth {

// The outcome of mapping a response body into our types. A body that is not the JSON we
// expect (a proxy's HTML page, a truncated body, the wrong shape) is an error, never an
// empty list that looks like success.
template<class T>
struct Parsed
{
    T value {};
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace berth
