#pragma once

#include <functional>
#include <memory>
#include <QDialog>
#include <QStringList>

namespace Ui {
class CopyToDialog;
}

namespace berth {

// Where to copy an artifact, and with which tags: a registry open in the window, a repository
// (with its project on Harbor) and the same tag, none, or new names. It says what OK creates and
// keeps OK off, with the reason, while the choice is not valid.
class CopyToDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tags { Same, None, New };

    // `source`: the artifact as the user knows it; `sourceTag`: the row's tag, or empty for a digest.
    CopyToDialog(const QString &source, const QString &sourceTag, QWidget *parent = nullptr);
    ~CopyToDialog() override;

    void addRegistry(const QString &name, bool harbor);
    void setTarget(const QString &registry, const QString &repository);
    // Why the account may not push to this repository of this registry, or empty (allowed or unknown).
    void setDenial(std::function<QString(const QString &registry, const QString &repository)> denial);

    QString registry() const;
    bool targetIsHarbor() const;
    QString repository() const;
    QStringList tags() const;
    bool copyReferrers() const; // "Copy signatures and other referrers", on unless unchecked
    void setCopyReferrers(bool copy);
    void setTags(Tags choice, const QString &names = {});
    QString summary() const; // what OK creates, or why it is off

    // Why `repository` cannot be a target on this kind of registry, or empty.
    static QString repositoryProblem(const QString &repository, bool harbor);

public Q_SLOTS:
    void validate();

private:
    QString problem() const;

    std::unique_ptr<Ui::CopyToDialog> m_ui;
    QString m_source, m_sourceTag;
    std::function<QString(const QString &, const QString &)> m_denial;
};

} // namespace berth
