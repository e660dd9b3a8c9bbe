#pragma once

#include <QString>

class QCoreApplication;

namespace berth {

// Installs Berth's embedded translation (":/translations/berth_<lang>.qm") and, when the system
// has it, Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath. An empty language means
// the system locale (QLocale::system().uiLanguages(), first match wins). Returns whether a Berth
// translation for that language was installed. berth_en only carries English plural forms ("1 tag",
// "2 tags"); its other entries are empty, so Qt shows the source text. A language without a file
// returns false and gets berth_en, so counts still read "1 tag", never "1 tags".
// Calling it again replaces the translators installed by the previous call.
bool installTranslations(QCoreApplication *app, const QString &language = {});

} // namespace berth
