#include "core/CredentialHints.h"
#include "core/RegistryUrl.h"
#include "operations/CleanupRules.h"
#include "TextChecks.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    qint64 line = 0;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(BERTH_TRANSLATIONS_DIR) + QStringLiteral("/berth_") + language + QStringLiteral(".ts");
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = TsMessage();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = xml.lineNumber();
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1..%99 and %n, as a sorted list: a translation must use exactly the source's placeholders.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zhComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(where, m.type);
            if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("%1: empty translation").arg(where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersMatch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void placeholdersMatch()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty()) // en: empty means "the source text"
                    continue;
                if (placeholders(t) != expected)
                    problems << QStringLiteral("line %1 [%2] \"%3\" -> \"%4\"").arg(m.line).arg(m.context, m.source, t);
            }
            if (language == QLatin1String("en") && !m.type.isEmpty())
                problems << QStringLiteral("line %1: %2").arg(m.line).arg(m.type);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void installChinese()
    {
        QVERIFY(berth::installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
        const QString title
            = QCoreApplication::translate("ErrorPresenter", "Harbor did not accept the credentials for %1")
                  .arg(QStringLiteral("robot$team-a+cleaner"));
        QVERIFY2(hasCjk(title), qPrintable(title));
        QVERIFY(title.contains(QStringLiteral("robot$team-a+cleaner")));
        const QString plural = QCoreApplication::translate("berth::MainWindow", "Copied %n digests", nullptr, 3);
        QVERIFY2(hasCjk(plural) && plural.contains(QLatin1Char('3')), qPrintable(plural));
        // Contexts that are not plain Q_OBJECT classes resolve too.
        QVERIFY(hasCjk(QCoreApplication::translate("berth::DeletePlan", "Select a repository.")));
        QVERIFY(hasCjk(QCoreApplication::translate("berth::ConfirmDeleteDialog", "Delete repository?")));
    }

    // Texts from QtCore-only code and free functions: the context the code looks up at run time
    // must be the one lupdate filed them under, or they stay English.
    void coreAndRulesTextsTranslated()
    {
        QVERIFY(berth::installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
        const QString urlError = berth::normalizeRegistryUrl(QString()).error;
        QVERIFY2(hasCjk(urlError), qPrintable(urlError));
        const berth::CredentialCheck check = berth::checkCredentials(
            QStringLiteral("team-a+cleaner"), QStringLiteral("s3cret"), QUrl(QStringLiteral("https://h.example")));
        QVERIFY(!check.hints.isEmpty());
        QVERIFY2(hasCjk(check.hints.first().message), qPrintable(check.hints.first().message));
        berth::TagPattern glob;
        glob.text = QStringLiteral("release-*");
        glob.glob = true;
        QVERIFY2(hasCjk(glob.describe()), qPrintable(glob.describe()));
        berth::CleanupRules rules;
        rules.untaggedOnly = true;
        QVERIFY2(hasCjk(rules.describe()), qPrintable(rules.describe()));
        QVERIFY(!berth::installTranslations(QCoreApplication::instance(), QStringLiteral("tlh")));
    }

    void installEnglishAndFallback()
    {
        // English: the source text, with proper plural forms.
        QVERIFY(berth::installTranslations(QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ErrorPresenter", "Harbor did not accept the credentials for %1"),
            QStringLiteral("Harbor did not accept the credentials for %1"));
        QCOMPARE(QCoreApplication::translate("berth::MainWindow", "Copied %n digests", nullptr, 1),
            QStringLiteral("Copied 1 digest"));
        QCOMPARE(QCoreApplication::translate("berth::MainWindow", "Copied %n digests", nullptr, 2),
            QStringLiteral("Copied 2 digests"));
        // A language without a file (or the C locale) has no translation of its own, replaces the
        // previous one, and still counts in English: "1 digest", never "1 digests".
        for (const QString &language : {QStringLiteral("tlh"), QStringLiteral("C")}) {
            QVERIFY(berth::installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
            QVERIFY(!berth::installTranslations(QCoreApplication::instance(), language));
            QCOMPARE(QCoreApplication::translate("berth::MainWindow", "Copied %n digests", nullptr, 1),
                QStringLiteral("Copied 1 digest"));
            QCOMPARE(QCoreApplication::translate("berth::MainWindow", "Copied %n digests", nullptr, 2),
                QStringLiteral("Copied 2 digests"));
            QCOMPARE(QCoreApplication::translate("ErrorPresenter", "Harbor did not accept the credentials for %1"),
                QStringLiteral("Harbor did not accept the credentials for %1"));
        }
    }

    // Counts are written with Qt's plural forms ("%n tags"), never "tag(s)": every text with a count
    // reads as English in its source, and berth_en gives each its singular and plural.
    void pluralsInEnglish()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression bracketed(QStringLiteral("\\((s|es|ies)\\)"));
        QStringList problems;
        int numerus = 0;
        for (const TsMessage &m : messages) {
            const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source);
            if (!m.numerus)
                continue;
            ++numerus;
            if (m.source.contains(bracketed))
                problems << where + QStringLiteral(": a bracketed plural");
            if (m.translations.size() != 2 || m.translations.contains(QString()))
                problems << where + QStringLiteral(": needs its English singular and plural");
            else if (m.translations.first() == m.translations.last())
                problems << where + QStringLiteral(": singular and plural are the same");
        }
        QVERIFY(numerus > 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
