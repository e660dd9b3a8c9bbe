#include "FilterFeedback.h"

#include "core/DisplayText.h"
#include "ElidingLabel.h"
#include "models/ModelIcons.h"
#include "models/RegistryFilterProxy.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace berth {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
        float(a.greenF() * (1 - amount) + b.greenF() * amount), float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

FilterFeedback::FilterFeedback(QLineEdit *edit, ElidingLabel *errorLabel, QAbstractItemView *view,
    const RegistryFilterProxy *proxy, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_errorLabel(errorLabel)
    , m_view(view)
    , m_proxy(proxy)
    , m_placeholder(new QLabel(view->viewport()))
    , m_editToolTip(edit->toolTip())
{
    // One line beside the field, as wide as its words up to a limit (the rest in its tooltip);
    // the field gives up the room, nothing else moves.
    m_errorLabel->setVisible(false);
    m_errorLabel->setMaximumLines(1);
    m_errorLabel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_errorLabel->setMaximumWidth(m_errorLabel->fontMetrics().averageCharWidth() * 48);
    QPalette p = m_errorLabel->palette();
    p.setBrush(QPalette::WindowText, ModelIcons::errorBrush());
    m_errorLabel->setPalette(p);

    // A child of the viewport, not of a layout: showing it moves nothing, and clicks go through.
    m_placeholder->setObjectName(QStringLiteral("filterEmptyLabel"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setVisible(false);
    view->viewport()->installEventFilter(this);

    // Rows come and go with the filter (a layout change), with loading and with deletes.
    // Loading inserts rows in many batches: one look per event-loop turn is enough.
    const auto later = [this] {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            updatePlaceholder();
        });
    };
    connect(proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, later);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, later);
    connect(proxy, &QAbstractItemModel::modelReset, this, later);
}

void FilterFeedback::setError(const QString &compilerMessage)
{
    const bool error = !compilerMessage.isEmpty();
    if (error) {
        m_errorLabel->setText(tr("Invalid regular expression: %1").arg(compilerMessage));
        // The compiler's words, and that the rows still show the last valid filter.
        m_edit->setToolTip(
            tr("Invalid regular expression: %1\nThe rows still show the last valid filter.").arg(compilerMessage));
    }
    if (error == m_hasError)
        return;
    m_hasError = error;
    m_errorLabel->setVisible(error);
    if (error) {
        // The field tinted towards the error colour, as KDE marks a field it cannot use. A palette,
        // not a style sheet: a style sheet would change the field's frame and so its size.
        QPalette p = m_edit->palette();
        p.setColor(QPalette::Base, mixed(p.color(QPalette::Base), ModelIcons::errorBrush().color(), 0.18));
        m_edit->setPalette(p);
    } else {
        m_edit->setPalette(QPalette()); // back to the inherited one, whatever the theme is by now
        m_edit->setToolTip(m_editToolTip);
    }
}

void FilterFeedback::updatePlaceholder()
{
    const QString text = m_proxy->filterText();
    const bool empty = !text.isEmpty() && m_proxy->rowCount() == 0;
    if (empty) {
        const QString shown = DisplayText::escapeControl(text);
        QString line;
        switch (m_proxy->filterMode()) {
        case RegistryFilterProxy::Mode::Substring:
            line = tr("No rows match “%1” (substring).").arg(shown);
            break;
        case RegistryFilterProxy::Mode::Wildcard:
            line = tr("No rows match “%1” (wildcard).").arg(shown);
            break;
        case RegistryFilterProxy::Mode::RegularExpression:
            line = tr("No rows match “%1” (regular expression).").arg(shown);
            break;
        }
        m_placeholder->setText(line + QLatin1Char('\n')
            + tr("The filter reads the loaded rows only; “Search server” asks Harbor for repositories."));
        placePlaceholder();
    }
    m_placeholder->setVisible(empty);
}

void FilterFeedback::placePlaceholder()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = m_view->fontMetrics().lineSpacing();
    const int width = qMax(0, area.width() - 2 * margin);
    m_placeholder->setGeometry(area.left() + margin, area.top() + margin, width, m_placeholder->heightForWidth(width));
}

bool FilterFeedback::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_placeholder->isVisible())
        placePlaceholder();
    return QObject::eventFilter(watched, event);
}

} // namespace berth
