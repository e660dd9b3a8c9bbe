#pragma once

#include "content/ImageInspection.h"
#include "diagnosis/Diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QFrame;
class QStackedWidget;

namespace berth {

class ElidingLabel;

// What the pane is showing, beyond the inspection itself: what the user picked and what the
// tree already knows of it.
struct InspectorSubject
{
    QString title; // "team-a/app:v1", "team-a/app@sha256:…"
    // Harbor's scan of the artifact (the tree row's scan_overview), when it has one.
    QString scanSeverity;
    int scanTotal = 0;
    int scanFixable = 0;
    QString scanSummary; // "High: 2, Medium: 7"
    bool openedFrom = false; // opened from the manifest shown before (a platform, a referrer): Back returns there
};

// The Contents tab: what one manifest is, as ImageInspection found it. Two columns (Field,
// Value), one top-level row per section: the manifest, an index's platforms, the image's
// configuration, its history, its layers, its referrers, Harbor's vulnerability summary. Long
// values are elided with the whole value in the tooltip; nothing here changes the pane's size
// hints, so the window never resizes. It loads nothing itself (InspectorController does).
class InspectorPane : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPane(QWidget *parent = nullptr);
    ~InspectorPane() override;

    // Nothing to inspect (no row, or a row that is not an artifact): says why.
    void showMessage(const QString &message);
    void showLoading(const InspectorSubject &subject);
    void showResult(const InspectorSubject &subject, const ImageInspectionResult &result);
    // ErrorPresenter's words for the failure.
    void showError(const InspectorSubject &subject, const Diagnosis &diagnosis);

    QTreeWidget *tree() const { return m_tree; }
    // The digest of the manifest shown, empty while nothing is.
    QString shownDigest() const { return m_digest; }

    // Roles of the tree's items (column 0).
    enum Role {
        DigestRole = Qt::UserRole + 1, // platform, layer and referrer rows: their digest
        FullValueRole, // column 1: the value as received, unelided and unescaped
    };

Q_SIGNALS:
    // Enter or a double-click on a platform of an index, or on a referrer: its digest, and what
    // the row called it.
    void inspectRequested(const QString &digest, const QString &platform);
    void backRequested();
    void copied(const QString &what);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setState(bool failed, bool result);
    void fitFieldColumn();
    void copy(const QByteArray &bytes, const QString &mimeType, const QString &message);
    void setSubject(const InspectorSubject &subject);

    QTreeWidgetItem *section(const QString &title, const QString &summary = {});
    static QTreeWidgetItem *row(
        QTreeWidgetItem *parent, const QString &field, const QString &value, const QString &toolTip = {});
    void addManifest(const InspectedManifest &m);
    void addPlatforms(const InspectedManifest &m);
    void addConfig(const InspectedManifest &m);
    void addHistory(const OciImageConfig &config);
    void addLayers(const InspectedManifest &m);
    void addReferrers(const InspectedManifest &m);
    void addVulnerabilities(const InspectorSubject &subject);

    ElidingLabel *m_title;
    ElidingLabel *m_status;
    QFrame *m_errorFrame;
    ElidingLabel *m_errorTitle;
    ElidingLabel *m_errorExplanation;
    ElidingLabel *m_errorFix;
    QLabel *m_errorCause;
    QTreeWidget *m_tree;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_back;
    QPushButton *m_copyDigest;
    QPushButton *m_copyManifest;
    QPushButton *m_copyConfig;
    QString m_digest;
    QByteArray m_manifestBytes;
    QByteArray m_configBytes;
};

} // namespace berth
