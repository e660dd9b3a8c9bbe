#pragma once

#include <QObject>

class QAbstractItemView;
class QLabel;
class QLineEdit;

namespace berth {

class ElidingLabel;
class RegistryFilterProxy;

// What the filter tells the user, without moving anything in the window:
// - an expression that does not compile, at the field itself: the field tinted, a short message
//   beside it (the label takes room from the field only, the rows below stay where they are),
//   the compiler's words in the field's tooltip;
// - "no rows match", over the empty tree, with the text and the mode in use, and a reminder
//   that only loaded rows take part.
class FilterFeedback : public QObject
{
    Q_OBJECT

public:
    FilterFeedback(QLineEdit *edit, ElidingLabel *errorLabel, QAbstractItemView *view, const RegistryFilterProxy *proxy,
        QObject *parent = nullptr);

    // Empty clears the error.
    void setError(const QString &compilerMessage);
    // Shows or hides the "no rows match" line for the proxy's current rows and filter.
    void updatePlaceholder();

    QLabel *placeholder() const { return m_placeholder; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placePlaceholder();

    QLineEdit *m_edit;
    ElidingLabel *m_errorLabel;
    QAbstractItemView *m_view;
    const RegistryFilterProxy *m_proxy;
    QLabel *m_placeholder;
    QString m_editToolTip;
    bool m_hasError = false;
    bool m_scheduled = false;
};

} // namespace berth
