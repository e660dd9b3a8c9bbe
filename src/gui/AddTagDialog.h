#pragma once

#include <memory>
#include <QDialog>
#include <QStringList>

namespace Ui {
class AddTagDialog;
}

namespace berth {

// Asks for one new tag of an artifact. OK stays off, with the rule a name breaks, until the name
// is inside the registries' tag grammar and not one the artifact has already.
class AddTagDialog : public QDialog
{
    Q_OBJECT

public:
    // `source`: the artifact as the user knows it ("team-a/app@sha256:0f3c…"); `existing`: its tags.
    AddTagDialog(const QString &source, const QStringList &existing, QWidget *parent = nullptr);
    ~AddTagDialog() override;

    QString tag() const;
    // Why `text` cannot be added as a tag, or empty.
    static QString problem(const QString &text, const QStringList &existing);

private:
    void validate();

    std::unique_ptr<Ui::AddTagDialog> m_ui;
    QString m_source;
    QStringList m_existing;
};

} // namespace berth
