// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "ConnectionDialog.h"
#include "NoKeychain.h"
#include "RecentCasesModel.h"
#include "TokenStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int jobTimeoutMs = 15000;
const QString apiUrl = u"https://api.example.com/v1"_s;
const QString caseId = u"01HZX5KQ7V3M8N2P4R6T9W1Y2Z"_s;
const QString token = u"tok-7c41e0aa-must-stay-secret"_s;

// The rule the main window passes in: the API client's own.
bool clientAccepts(const QUrl& url, QString* whyNot)
{
    ApiClient probe(nullptr);
    return probe.setBaseUrl(url, whyNot);
}

template<typename T> T* child(QWidget& parent, const QString& name)
{
    T* widget = parent.findChild<T*>(name);
    if (!widget)
        qFatal("no child named %s", qPrintable(name));
    return widget;
}

QPushButton* okButton(ConnectionDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

void typeInto(ConnectionDialog& dialog, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Writes the token into a store that has no keychain: it ends up session-only.
bool storeInSession(TokenStore& store, const QString& origin, const QString& value)
{
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    store.writeToken(origin, value);
    return unavailable.wait(jobTimeoutMs) && store.sessionToken(origin) == value;
}

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void okNeedsUrlTokenAndUlid_data();
    void okNeedsUrlTokenAndUlid();
    void insecureUrlShowsReason();
    void caseIdIsCheckedAsTyped();
    void showHideToken();
    void recentDoubleClickFillsAndAccepts();
    void recentEnterOpensIt();
    void recentWithoutTokenStopsAtTokenField();
    void removeRecent();
    void keychainNoteShowsSessionOnly();
    void tokenNeverWrittenToSettings();
    void fieldsAreAccessible();
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CaseCallsTests"_s);
    QCoreApplication::setApplicationName(u"tst_connectiondialog"_s);
}

void TestConnectionDialog::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestConnectionDialog::okNeedsUrlTokenAndUlid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("tokenText");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("complete") << apiUrl << token << caseId << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8080/v1"_s << token << caseId << true;
    QTest::newRow("no url") << QString() << token << caseId << false;
    QTest::newRow("not a url") << u"api example"_s << token << caseId << false;
    QTest::newRow("no token") << apiUrl << QString() << caseId << false;
    QTest::newRow("short id") << apiUrl << token << caseId.left(25) << false;
    QTest::newRow("no id") << apiUrl << token << QString() << false;
}

void TestConnectionDialog::okNeedsUrlTokenAndUlid()
{
    QFETCH(QString, url);
    QFETCH(QString, tokenText);
    QFETCH(QString, id);
    QFETCH(bool, enabled);
    ConnectionDialog dialog(nullptr, nullptr, clientAccepts);
    QVERIFY(!okButton(dialog)->isEnabled());
    typeInto(dialog, u"baseUrlEdit"_s, url);
    typeInto(dialog, u"tokenEdit"_s, tokenText);
    typeInto(dialog, u"caseIdEdit"_s, id);
    QCOMPARE(okButton(dialog)->isEnabled(), enabled);
    auto* problem = child<QLabel>(dialog, u"problemLabel"_s);
    QCOMPARE(problem->text().isEmpty(), enabled);
    QCOMPARE(problem->textFormat(), Qt::PlainText);
}

void TestConnectionDialog::insecureUrlShowsReason()
{
    const QUrl insecure(u"http://api.example.com/v1"_s);
    QString expected;
    QVERIFY(!clientAccepts(insecure, &expected));
    ConnectionDialog dialog(nullptr, nullptr, clientAccepts);
    typeInto(dialog, u"baseUrlEdit"_s, insecure.toString());
    typeInto(dialog, u"tokenEdit"_s, token);
    typeInto(dialog, u"caseIdEdit"_s, caseId);
    QCOMPARE(child<QLabel>(dialog, u"problemLabel"_s)->text(), expected);
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.accept(); // refused as well when called directly
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectionDialog::caseIdIsCheckedAsTyped()
{
    ConnectionDialog dialog(nullptr, nullptr, clientAccepts);
    typeInto(dialog, u"baseUrlEdit"_s, apiUrl);
    typeInto(dialog, u"tokenEdit"_s, token);
    typeInto(dialog, u"caseIdEdit"_s, u"01hzx5kq7vi"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"caseIdEdit"_s)->text(), u"01HZX5KQ7V"_s);
    const QString hint = child<QLabel>(dialog, u"problemLabel"_s)->text();
    QVERIFY2(hint.contains(u"10 of its 26"_s), qPrintable(hint));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestConnectionDialog::showHideToken()
{
    ConnectionDialog dialog(nullptr, nullptr, clientAccepts);
    auto* edit = child<QLineEdit>(dialog, u"tokenEdit"_s);
    auto* toggle = child<QToolButton>(dialog, u"showTokenButton"_s);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::recentDoubleClickFillsAndAccepts()
{
    TokenStore store;
    QVERIFY(storeInSession(store, TokenStore::originOf(QUrl(apiUrl)), token));
    RecentCasesModel recent;
    recent.add({QUrl(apiUrl), caseId, u"Doe estate"_s, {}});
    recent.add({QUrl(u"https://other.example.com"_s), u"01HZX5KQ7V3M8N2P4R6T9W1Y30"_s, {}, {}});

    ConnectionDialog dialog(&store, &recent, clientAccepts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* view = child<QListView>(dialog, u"recentCasesView"_s);
    const QPoint center = view->visualRect(recent.index(1)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE(accepted.size(), 1);
    const ConnectionChoice choice = dialog.choice();
    QCOMPARE(choice.baseUrl, QUrl(apiUrl));
    QCOMPARE(choice.caseId, caseId);
    QCOMPARE(choice.label, u"Doe estate"_s);
    QCOMPARE(choice.token, token);
}

void TestConnectionDialog::recentEnterOpensIt()
{
    TokenStore store;
    QVERIFY(storeInSession(store, TokenStore::originOf(QUrl(apiUrl)), token));
    RecentCasesModel recent;
    recent.add({QUrl(apiUrl), caseId, {}, {}});
    ConnectionDialog dialog(&store, &recent, clientAccepts);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(child<QListView>(dialog, u"recentCasesView"_s), Qt::Key_Return);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(dialog.choice().caseId, caseId);
    QCOMPARE(dialog.choice().token, token);
}

void TestConnectionDialog::recentWithoutTokenStopsAtTokenField()
{
    TokenStore store; // knows no token: the keychain read fails, then "not found"
    QSignalSpy notFound(&store, &TokenStore::notFound);
    RecentCasesModel recent;
    recent.add({QUrl(apiUrl), caseId, {}, {}});
    ConnectionDialog dialog(&store, &recent, clientAccepts);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(child<QListView>(dialog, u"recentCasesView"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(notFound.size() >= 1, jobTimeoutMs);
    QTRY_COMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, u"tokenEdit"_s));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(child<QLineEdit>(dialog, u"caseIdEdit"_s)->text(), caseId);
    QCOMPARE(child<QLabel>(dialog, u"problemLabel"_s)->text(), u"Enter the API token."_s);
}

void TestConnectionDialog::removeRecent()
{
    RecentCasesModel recent;
    recent.add({QUrl(apiUrl), caseId, {}, {}});
    recent.add({QUrl(apiUrl), u"01HZX5KQ7V3M8N2P4R6T9W1Y30"_s, {}, {}});
    ConnectionDialog dialog(nullptr, &recent, clientAccepts);
    auto* view = child<QListView>(dialog, u"recentCasesView"_s);
    view->setCurrentIndex(recent.index(1));
    QTest::mouseClick(child<QPushButton>(dialog, u"removeRecentButton"_s), Qt::LeftButton);
    QCOMPARE(recent.rowCount(), 1);
    QCOMPARE(RecentCasesModel().rowCount(), 1);
    QCOMPARE(RecentCasesModel().recentCase(0).caseId, u"01HZX5KQ7V3M8N2P4R6T9W1Y30"_s);
}

void TestConnectionDialog::keychainNoteShowsSessionOnly()
{
    TokenStore store;
    ConnectionDialog dialog(&store, nullptr, clientAccepts);
    typeInto(dialog, u"baseUrlEdit"_s, apiUrl);
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    child<QLineEdit>(dialog, u"baseUrlEdit"_s)->editingFinished(); // looks up the token
    QVERIFY(unavailable.wait(jobTimeoutMs));
    auto* note = child<QLabel>(dialog, u"keychainNoteLabel"_s);
    QCOMPARE(note->text(), u"No keychain available: the token is kept for this session only."_s);
    QCOMPARE(note->toolTip(), store.unavailableReason());
}

void TestConnectionDialog::tokenNeverWrittenToSettings()
{
    TokenStore store;
    RecentCasesModel recent;
    ConnectionDialog dialog(&store, &recent, clientAccepts);
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    typeInto(dialog, u"baseUrlEdit"_s, apiUrl);
    typeInto(dialog, u"tokenEdit"_s, token);
    typeInto(dialog, u"caseIdEdit"_s, caseId);
    typeInto(dialog, u"labelEdit"_s, u"Doe estate"_s);
    QVERIFY(child<QCheckBox>(dialog, u"rememberTokenCheck"_s)->isChecked());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(unavailable.wait(jobTimeoutMs)); // the write found no keychain

    // What the main window does once the case has loaded.
    const ConnectionChoice choice = dialog.choice();
    recent.add({choice.baseUrl, choice.caseId, choice.label, {}});
    QCOMPARE(store.sessionToken(TokenStore::originOf(choice.baseUrl)), token);

    const QString text = settingsFileText();
    QVERIFY2(text.contains(caseId), qPrintable(text)); // the file is the right one
    QVERIFY2(!text.contains(token), "the token reached the settings file");
}

void TestConnectionDialog::fieldsAreAccessible()
{
    RecentCasesModel recent;
    TokenStore store;
    ConnectionDialog dialog(&store, &recent, clientAccepts);
    const QList<QWidget*> inputs = dialog.findChildren<QWidget*>();
    for (QWidget* widget : inputs) {
        const bool isInput = qobject_cast<QLineEdit*>(widget) || qobject_cast<QListView*>(widget)
            || qobject_cast<QCheckBox*>(widget) || qobject_cast<QToolButton*>(widget);
        if (isInput && !widget->objectName().startsWith(u"qt_"_s))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    for (const QString& name : {u"baseUrlLabel"_s, u"tokenLabel"_s, u"caseIdLabel"_s,
                                u"labelLabel"_s, u"recentLabel"_s}) {
        auto* label = child<QLabel>(dialog, name);
        QVERIFY2(label->buddy(), qPrintable(name));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(child<QLineEdit>(dialog, u"tokenEdit"_s)->nextInFocusChain(),
             child<QToolButton>(dialog, u"showTokenButton"_s));
}

int main(int argc, char** argv)
{
    disconnectFromKeychain();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    TestConnectionDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectiondialog.moc"
