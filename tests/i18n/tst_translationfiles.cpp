// SPDX-License-Identifier: MIT
// The committed .ts files: complete, free of leftovers, placeholders intact, in step with the code.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished"; empty when finished
    QStringList forms; // the translation, or each numerus form

    QString key() const { return context + u'|' + source + u'|' + comment; }
};

QString translationsDir()
{
    return QStringLiteral(CASECALLS_SOURCE_DIR "/translations");
}

void readTranslation(QXmlStreamReader& xml, TsMessage& message)
{
    message.type = xml.attributes().value("type"_L1).toString();
    if (!message.numerus) {
        message.forms << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == "numerusform"_L1)
            message.forms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1)
            message.source = xml.readElementText();
        else if (xml.name() == "comment"_L1)
            message.comment = xml.readElementText();
        else if (xml.name() == "translation"_L1)
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1)
        return {};
    QList<TsMessage> messages;
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "message"_L1)
                messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    return xml.hasError() ? QList<TsMessage> {} : messages;
}

// %1..%99, %L1, %n, %Ln and QProgressBar's %v/%m, sorted: the order may change, the set not.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?(?:n|\\d{1,2})|%[vm]"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    std::sort(found.begin(), found.end());
    return found;
}

// Every file that may hold a user-visible string of the window: app/, ui/ and models/ with all
// their subfolders, but not the sample server (its text is server data). Walked here rather
// than taken from CMake, so a source missing from the libraries' TRANSLATABLE lists shows up
// as strings that lupdate found here but the .ts files lack.
QStringList translatableSources()
{
    const QDir root(QStringLiteral(CASECALLS_SOURCE_DIR));
    const QString sampleServer = root.filePath(u"app/sampleapi"_s) + u'/';
    QStringList files;
    for (const QString& folder : {u"app"_s, u"ui"_s, u"models"_s}) {
        QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.startsWith(sampleServer))
                files << path;
        }
    }
    files.sort();
    return files;
}
} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT
private slots:
    void files_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English (source, plural forms)") << u"en"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }

    void noUnfinishedOrObsoleteEntries_data() { files_data(); }
    void noUnfinishedOrObsoleteEntries()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 100, qPrintable(u"cannot read "_s + tsPath(language)));
        for (const TsMessage& message : messages)
            QVERIFY2(message.type.isEmpty(),
                     qPrintable(u"%1 entry: %2"_s.arg(message.type, message.key())));
    }

    void everyMessageIsTranslated_data() { files_data(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : readTs(tsPath(language))) {
            // English and Spanish both have a singular and a plural form.
            QCOMPARE(message.forms.size(), message.numerus ? 2 : 1);
            for (const QString& form : message.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"empty: "_s + message.key()));
        }
    }

    void placeholdersMatchTheSource_data() { files_data(); }
    void placeholdersMatchTheSource()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : readTs(tsPath(language))) {
            for (const QString& form : message.forms)
                QVERIFY2(placeholders(form) == placeholders(message.source),
                         qPrintable(u"%1 -> %2"_s.arg(message.key(), form)));
        }
    }

    void accelerators_data() { files_data(); }
    void accelerators()
    {
        // A menu or label text with one & keeps exactly one in translation (&& is a literal &).
        QFETCH(QString, language);
        const auto count = [](QString text) { return text.remove(u"&&"_s).count(u'&'); };
        for (const TsMessage& message : readTs(tsPath(language))) {
            for (const QString& form : message.forms)
                QVERIFY2(count(form) == count(message.source),
                         qPrintable(u"%1 -> %2"_s.arg(message.key(), form)));
        }
    }

    void filesMatchTheCode()
    {
        // lupdate over today's code must find exactly the messages the .ts files hold: a new
        // tr() string without a translation, or a translation for a string that is gone, fails.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(u"casecalls_es.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CASECALLS_LUPDATE),
                      QStringList {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s}
                          + translatableSources() + QStringList {u"-ts"_s, fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QStringList expected;
        for (const TsMessage& message : readTs(fresh))
            expected << message.key();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        for (const QString& language : {u"en"_s, u"es"_s}) {
            QStringList committed;
            for (const TsMessage& message : readTs(tsPath(language)))
                committed << message.key();
            committed.sort();
            QVERIFY2(committed == expected, qPrintable(difference(language, committed, expected)));
        }
    }

private:
    static QString tsPath(const QString& language)
    {
        return translationsDir() + u"/casecalls_"_s + language + u".ts"_s;
    }

    static QString difference(const QString& language, const QStringList& committed,
                              const QStringList& expected)
    {
        QStringList lines {u"casecalls_%1.ts is out of step with the code; run the "
                           "update_translations target and translate:"_s.arg(language)};
        for (const QString& key : expected)
            if (!committed.contains(key))
                lines << u"  missing: "_s + key;
        for (const QString& key : committed)
            if (!expected.contains(key))
                lines << u"  gone from the code: "_s + key;
        return lines.join(u'\n');
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
