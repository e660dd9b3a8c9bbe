#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

// The .qm files live in a static library: make sure its resources are registered.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(berth_translations);
}

namespace berth {

namespace {

QPointer<QTranslator> &installedBerth()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &installedQt()
{
    static QPointer<QTranslator> t;
    return t;
}

void removeInstalled(QCoreApplication *app)
{
    for (QPointer<QTranslator> *slot : {&installedBerth(), &installedQt()}) {
        if (*slot) {
            app->removeTranslator(*slot);
            delete slot->data();
        }
    }
}

} // namespace

bool installTranslations(QCoreApplication *app, const QString &language)
{
    if (!app)
        return false;
    initTranslationResources();
    removeInstalled(app);

    // QTranslator::load(QLocale, ...) tries every ui language in order and, for each, the more
    // general forms (zh_Hans_CN, zh_CN, zh): "zh_CN" given as a name is passed as a locale too.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto berthTranslator = new QTranslator(app);
    bool ok
        = berthTranslator->load(locale, QStringLiteral("berth"), QStringLiteral("_"), QStringLiteral(":/translations"));
    // A language without a file (or the C locale) gets English: the source text is English, but
    // its counts are written "%n tags", and only berth_en knows "1 tag".
    if (ok || berthTranslator->load(QStringLiteral("berth_en"), QStringLiteral(":/translations"))) {
        app->installTranslator(berthTranslator);
        installedBerth() = berthTranslator;
    } else {
        delete berthTranslator;
    }

    // Qt's own strings (standard buttons, shortcuts), when qt6-translations-l10n is installed.
    // Only alongside a Berth translation: a Chinese "Cancel" in an English dialog would be odd.
    if (ok) {
        auto qtTranslator = new QTranslator(app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app->installTranslator(qtTranslator);
            installedQt() = qtTranslator;
        } else {
            delete qtTranslator;
        }
    }
    return ok;
}

} // namespace berth
