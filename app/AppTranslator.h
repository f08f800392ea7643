// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Installs the app's catalog (embedded under :/i18n) and Qt's own for one language, and makes
// the matching locale the default so dates, times and numbers follow the language.
class AppTranslator {
public:
    // The languages the app ships a catalog for (ISO 639-1). Inline so AppOptions can check
    // --lang without linking the loader.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    // The shipped language that best matches `locale`'s UI languages; English when none does.
    static QString languageFor(const QLocale& locale);
    // The locale formatting follows: `system` when no language was asked for or when it speaks
    // `requested` (so es_MX keeps Mexican conventions), else the language's own default.
    static QLocale localeFor(const QString& requested, const QLocale& system);

    AppTranslator() = default;
    ~AppTranslator();
    Q_DISABLE_COPY_MOVE(AppTranslator)

    // Installs the catalogs for `requested` ("" means: follow `system`), replacing earlier ones,
    // and sets the default QLocale. Returns false when `requested` is not a shipped language.
    bool install(const QString& requested, const QLocale& system = QLocale::system());
    // The language installed by the last successful install(); empty before.
    QString language() const { return m_language; }
    // Whether Qt's own catalog (qtbase_<language>.qm in `qtTranslationsDir`) was found.
    bool hasQtCatalog() const { return m_qt != nullptr; }
    // Where Qt's catalogs are looked for; QLibraryInfo's TranslationsPath unless set (tests).
    void setQtTranslationsDir(const QString& directory) { m_qtDirectory = directory; }

private:
    void remove();

    // Fresh translators for every install(): a failed load must not leave an old catalog behind.
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    QString m_qtDirectory;
};
