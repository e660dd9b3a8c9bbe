#include "RobotExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct RobotExportText
{
    Q_DECLARE_TR_FUNCTIONS(berth::RobotExport)
};

// Harbor's file is flat; anything deeper than this is not an export.
constexpr int maxSearchDepth = 32;

RobotExport failure(const QString &sentence)
{
    RobotExport result;
    result.error = sentence;
    return result;
}

QDateTime expiryFrom(const QJsonValue &value)
{
    qint64 seconds = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Below one second (-1 = never, 0, fractions), NaN, or past year 9999: no expiry.
        if (!(d >= 1 && d < 253402300800.0))
            return {};
        seconds = static_cast<qint64>(d);
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toLongLong(&ok);
        if (!ok || seconds <= 0 || seconds >= 253402300800LL)
            return {};
    } else {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

bool findRobot(const QJsonValue &value, int depth, RobotExport &out)
{
    if (depth > maxSearchDepth)
        return false;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue name = object.value(QLatin1String("name"));
        const QJsonValue secret = object.value(QLatin1String("secret"));
        if (name.isString() && secret.isString() && !name.toString().trimmed().isEmpty()
            && !secret.toString().trimmed().isEmpty()) {
            out.name = name.toString().trimmed();
            out.secret = secret.toString().trimmed();
            out.expiresAt = expiryFrom(object.value(QLatin1String("expires_at")));
            return true;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (findRobot(it.value(), depth + 1, out))
                return true;
        }
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (findRobot(element, depth + 1, out))
                return true;
        }
    }
    return false;
}

} // namespace

RobotExport parseRobotExport(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return failure(RobotExportText::tr("The file is empty."));
    if (json.size() > robotExportMaxBytes())
        return failure(RobotExportText::tr("The file is larger than 1 MiB, so it is not a Harbor robot export."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        return failure(RobotExportText::tr("The file is not valid JSON (%1 at byte %2), so it is not a Harbor robot "
                                           "export.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }

    RobotExport result;
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (!findRobot(root, 0, result))
        return failure(RobotExportText::tr("The file does not contain a robot name and secret. Export the robot again "
                                           "from Harbor right after creating it, or paste the secret by hand."));
    return result;
}

} // namespace berth
