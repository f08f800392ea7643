// SPDX-License-Identifier: MIT
#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace {
// qt_add_translations embeds casecalls_<language>.qm under this prefix.
const auto catalogDirectory = u":/i18n"_s;

QString primaryLanguage(const QString& uiLanguage)
{
    return uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}
} // namespace

AppTranslator::~AppTranslator()
{
    remove();
}

QString AppTranslator::languageFor(const QLocale& locale)
{
    const QStringList shipped = languages();
    for (const QString& uiLanguage : locale.uiLanguages()) {
        const QString language = primaryLanguage(uiLanguage);
        if (shipped.contains(language))
            return language;
    }
    return u"en"_s;
}

QLocale AppTranslator::localeFor(const QString& requested, const QLocale& system)
{
    if (requested.isEmpty())
        return system;
    const QLocale wanted(requested);
    return wanted.language() == system.language() ? system : wanted;
}

bool AppTranslator::install(const QString& requested, const QLocale& system)
{
    if (!requested.isEmpty() && !languages().contains(requested))
        return false;
    const QString language = requested.isEmpty() ? languageFor(system) : requested;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u"casecalls_"_s + language, catalogDirectory))
        return false;
    remove();
    m_app = std::move(app);
    QCoreApplication::installTranslator(m_app.get());
    // English is the source language: Qt's own texts need no catalog for it. Qt's catalogs are
    // a separate package on Linux, so a missing one only leaves dialog buttons in English.
    const QString qtDirectory = m_qtDirectory.isEmpty()
        ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
        : m_qtDirectory;
    if (auto qt = std::make_unique<QTranslator>();
        language != u"en"_s && qt->load(u"qtbase_"_s + language, qtDirectory)) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    m_language = language;
    QLocale::setDefault(localeFor(requested, system));
    return true;
}

void AppTranslator::remove()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    m_qt.reset();
    m_app.reset();
    m_language.clear();
}
