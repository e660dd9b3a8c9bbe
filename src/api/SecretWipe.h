#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// Overwrites a secret's bytes with zeros in its one real buffer, before the memory goes back to
// the allocator. Qt's containers are implicitly shared and fill() would detach (and zero a fresh
// copy), so this writes in place, and only when the buffer belongs to this object alone: a copy
// still held elsewhere (a new client made from the same secret) keeps its value, and literal
// data is not ours to touch. The size stays; the contents are zero. Returns true if it wrote.
bool wipeIfSoleOwner(QByteArray &bytes);
bool wipeIfSoleOwner(QString &text);

} // namespace berth
