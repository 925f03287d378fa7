#pragma once

#include <QLocale>

class QCoreApplication;

namespace sb {

// Installs the app's translation for `locale` (embedded .qm from translations/) and Qt's own
// strings when available. Returns true when the app's translation was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace sb
