#include "MessageBanner.h"

#include "models/ModelIcons.h"

#include <QAbstractButton>
#include <QFrame>
#include <QLabel>

namespace berth {

MessageBanner::MessageBanner(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
{
    // A band tinted towards a warning colour: it reads as a message above the window's content,
    // not as a part of the form.
    QPalette band = m_w.frame->palette();
    const QColor base = band.color(QPalette::Window);
    const QColor warning(0xf6, 0x74, 0x00);
    band.setColor(QPalette::Window,
        QColor((base.red() * 4 + warning.red()) / 5, (base.green() * 4 + warning.green()) / 5,
            (base.blue() * 4 + warning.blue()) / 5));
    m_w.frame->setPalette(band);
    m_w.frame->setAutoFillBackground(true);
    hide();
    connect(m_w.close, &QAbstractButton::clicked, this, &MessageBanner::hide);
    connect(m_w.explain, &QAbstractButton::clicked, this, &MessageBanner::explainRequested);
    connect(m_w.anonymous, &QAbstractButton::clicked, this, [this] {
        const QPersistentModelIndex registry = m_registry;
        hide();
        if (registry.isValid())
            Q_EMIT anonymousRequested(registry);
    });
}

void MessageBanner::show(const QString &text, const QModelIndex &registry, const ApiError &error)
{
    m_w.icon->setPixmap(ModelIcons::warning().pixmap(16, 16));
    m_w.text->setText(text);
    m_registry = registry;
    m_error = error;
    m_w.explain->setVisible(error.isError());
    // Anonymous browsing answers rejected credentials, not an untrusted server.
    m_w.anonymous->setVisible(registry.isValid() && error.kind == ApiError::Kind::Unauthorized);
    m_w.frame->setVisible(true);
}

void MessageBanner::hide()
{
    m_w.frame->setVisible(false);
    m_registry = QPersistentModelIndex();
}

} // namespace berth
