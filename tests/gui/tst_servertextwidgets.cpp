// Server text in the widgets: labels that can show it are Qt::PlainText, and markup the server
// sends (a <b> in an error message, an <img> in a certificate subject) shows as the characters
// it is, in labels, rich-text labels that escape it, and tooltips.
#include "api/ApiError.h"
#include "gui/DetailsPane.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QLabel>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace berth;

namespace {

const QString kMarkup = QStringLiteral("<b>bold</b><img src=\"x\">");

// What Qt does with a text in a widget of this format: render markup, or show the characters.
bool rendersMarkup(Qt::TextFormat format, const QString &text)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Every label under root that shows the server's text shows it literally: as plain text, or as
// rich text in which the markup is escaped. At least one label must show it.
void checkLiteral(QWidget *root)
{
    int showing = 0;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->text().contains(QLatin1String("bold")))
            continue;
        ++showing;
        if (rendersMarkup(l->textFormat(), l->text()))
            QVERIFY2(!l->text().contains(QLatin1String("<b>bold")), qPrintable(l->objectName()));
        else
            QVERIFY2(l->text().contains(kMarkup), qPrintable(l->objectName() + u' ' + l->text()));
    }
    QVERIFY2(showing > 0, "no label shows the server's text");
}

} // namespace

class TestServerTextWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsArePlainText()
    {
        DetailsPane details;
        for (const char *name : {"titleLabel", "subtitleLabel", "digestValue", "mediaTypeValue", "manifestTypeValue",
                 "typeValue", "platformsValue", "labelsValue", "scanValue", "tagsValue"}) {
            auto *l = details.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(l, name);
            QVERIFY2(l->textFormat() == Qt::PlainText, name);
        }
        ApiError e;
        e.kind = ApiError::Kind::Validation;
        DiagnosisDialog dialog(e, {}, nullptr, {});
        for (const char *name : {"titleLabel", "causeIdLabel", "explanationLabel"}) {
            auto *l = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(l, name);
            QVERIFY2(l->textFormat() == Qt::PlainText, name);
        }
        MainWindowHarness h;
        QVERIFY2(h.start(QString(), QString()), qPrintable(h.sim.errorString()));
        for (const char *name : {"bannerLabel", "filterErrorLabel"}) {
            auto *l = h.window()->findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(l, name);
            QVERIFY2(l->textFormat() == Qt::PlainText, name);
        }
    }

    void diagnosisShowsMarkupLiterally_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        using K = ApiError::Kind;
        QTest::newRow("Harbor's message in the explanation") << int(K::Validation) << "harborMessage";
        QTest::newRow("transport message as the explanation") << int(K::Network) << "transportMessage";
        QTest::newRow("certificate subject in the likely causes") << int(K::Tls) << "peerCertificateSubject";
        QTest::newRow("TLS error in the explanation") << int(K::Tls) << "tlsErrors";
    }

    void diagnosisShowsMarkupLiterally()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.method = "DELETE";
        e.url = QUrl(QStringLiteral("https://harbor.example.com/api/v2.0/projects/p/repositories/r/artifacts/v1"));
        e.httpStatus = kind == int(ApiError::Kind::Validation) ? 400 : 0;
        if (field == QLatin1String("harborMessage"))
            e.harborMessage = kMarkup;
        else if (field == QLatin1String("transportMessage"))
            e.transportMessage = kMarkup;
        else if (field == QLatin1String("tlsErrors"))
            e.tlsErrors = QStringList {kMarkup};
        else
            e.peerCertificateSubject = kMarkup, e.peerCertificateSha256 = QStringLiteral("ab12");
        DiagnosisDialog dialog(e, {}, nullptr, {});
        checkLiteral(&dialog);
    }

    // An error row whose server message holds markup and an escape sequence: the details pane and
    // the tooltip show both as text.
    void errorRowShowsMarkupLiterally()
    {
        MainWindowHarness h;
        QVERIFY2(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret), qPrintable(h.sim.errorString()));
        const QString message = kMarkup + QStringLiteral("\x1b[2J");
        QVERIFY(h.sim.addFault(
            QJsonObject {{"kind", "status"}, {"status", 400}, {"match", "/frontend/artifacts"}, {"message", message}}));
        const QPersistentModelIndex frontend = h.open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        const QModelIndex error = h.proxy()->index(0, 0, frontend);
        QCOMPARE(NodeKind(error.data(KindRole).toInt()), NodeKind::Error);
        h.select({error});

        auto *subtitle = h.window()->findChild<QLabel *>(QStringLiteral("subtitleLabel"));
        QVERIFY(subtitle);
        QTRY_VERIFY(subtitle->text().contains(QLatin1String("bold")));
        QCOMPARE(subtitle->textFormat(), Qt::PlainText);
        QVERIFY2(subtitle->text().contains(kMarkup + QStringLiteral("\\x1b[2J")), qPrintable(subtitle->text()));
        QVERIFY(!subtitle->text().contains(QChar(0x1b)));
        checkLiteral(h.window());

        // Tooltips guess the format (Qt::AutoText).
        const QString tip = error.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("bold")), qPrintable(tip));
        QVERIFY2(!rendersMarkup(Qt::AutoText, tip) || !tip.contains(QLatin1String("<b>bold")), qPrintable(tip));
        QVERIFY2(!tip.contains(QChar(0x1b)), qPrintable(tip));
    }
};

QTEST_MAIN(TestServerTextWidgets)
#include "tst_servertextwidgets.moc"
