#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractButton;
class QFrame;
class QLabel;

namespace berth {

// The one-line band over the tree that says what stopped a registry (rejected credentials, an
// untrusted certificate, a locked keychain), drawn as KDE's KMessageWidget draws a warning.
// It keeps the registry and the error it speaks of, for "Why?" and "Continue anonymously".
class MessageBanner : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QFrame *frame;
        QLabel *icon;
        QLabel *text;
        QAbstractButton *explain;
        QAbstractButton *anonymous;
        QAbstractButton *close;
    };

    MessageBanner(const Widgets &widgets, QObject *parent = nullptr);

    void show(const QString &text, const QModelIndex &registry, const ApiError &error);
    void hide();
    const QPersistentModelIndex &registry() const { return m_registry; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void explainRequested();
    void anonymousRequested(const QPersistentModelIndex &registry);

private:
    Widgets m_w;
    QPersistentModelIndex m_registry;
    ApiError m_error;
};

} // namespace berth
