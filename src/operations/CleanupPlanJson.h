#pragma once

#include "CleanupPlan.h"

#include <QByteArray>
#include <QJsonObject>

namespace berth {

// The text of QJsonDocument(object).toJson(QJsonDocument::Indented), byte for byte, where `object`
// is plan.toJson() with `extra`'s keys added (replacing any of the same name). The rows are written
// straight from the plan instead of as QJsonObjects first: for 100,000 rows, building the objects
// and serialising them was most of `berthctl plan --json`'s CPU (perf). tst_cleanuprules compares
// the two texts, so a key added to Plan::toJson must be added here too.
QByteArray planJsonText(const Plan &plan, const QJsonObject &extra = {});

} // namespace berth
