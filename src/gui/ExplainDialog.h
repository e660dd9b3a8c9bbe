#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class ExplainDialog;
}

namespace berth {

class RequestExplainer;

// Help → Explain a failed request: the GUI face of RequestExplainer (berthctl explain).
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExplainDialog(QWidget *parent = nullptr);
    ~ExplainDialog() override;

    void setCommand(const QString &command);
    void explain();
    QString cause() const { return m_cause; }
    QString correctedCommand() const;

Q_SIGNALS:
    void explained(const QString &cause);

private:
    void showTarget();
    void showResult();

    std::unique_ptr<Ui::ExplainDialog> m_ui;
    RequestExplainer *m_explainer = nullptr;
    QString m_cause;
};

} // namespace berth
