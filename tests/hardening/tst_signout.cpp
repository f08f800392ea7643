// SPDX-License-Identifier: MIT
#include "CallsTableModel.h"
#include "CaseSession.h"
#include "ConnectionDialog.h"
#include "ContactListModel.h"
#include "HardeningHarness.h"
#include "MainWindow.h"
#include "RecentCases.h"
#include "RecordingFetcher.h"
#include "SignOutJob.h"
#include "TokenLeakGuard.h"
#include "TokenStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
const QUrl otherBaseUrl(QStringLiteral("https://other.example:8443/v1"));

// Puts a recording file into the cache the way a download does.
bool addRecording(RecordingCache& cache, int n)
{
    const QString callId = HardeningHarness::callId(n);
    QFile partial(cache.partialPath(callId));
    if (!partial.open(QIODevice::WriteOnly))
        return false;
    partial.write(QByteArray(1000, 'x'));
    partial.close();
    return !cache.insert(callId, partial.fileName(), u"mp3"_s).isEmpty();
}

QStringList filesIn(const QString& directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

// Issue 6, "Local data": Sign out (Case menu, confirmed) forgets the tokens of the open case's
// server and of the recent cases, empties the recordings cache and returns to the connection
// dialog. Headless there is no keychain (the D-Bus session bus leads nowhere, as in
// tests/connect): the tokens then live in the TokenStore's memory, which is what is checked.
class TestSignOut : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cancelKeepsEverything();
    void signOutRemovesTokensAndRecordings();
    void jobFinishesWithoutOrigins();

private:
    // Answers the modal dialogs that come up: the confirmation with `confirm`, the connection
    // dialog by closing it (counted).
    void answerDialogs(bool confirm);
    bool writeToken(const QString& origin, const QString& token);

    HardeningHarness m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<ContactListModel> m_contacts;
    std::unique_ptr<CallsTableModel> m_calls;
    std::unique_ptr<RecordingFetcher> m_recordings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CaseSession> m_session;
    QTimer m_dialogs;
    int m_connectionDialogs = 0;
    bool m_confirm = false;
};

void TestSignOut::initTestCase()
{
    TokenLeakGuard::install();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    RecentCases().add({otherBaseUrl, u"01K8PC05EJ4T11HRYE78AN7EEB"_s, u"Other"_s, {}});
    QVERIFY(m_api.start());
    m_api.server.setHandler([](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::page({1, 2}));
    });
    m_contacts = std::make_unique<ContactListModel>(m_api.client.get());
    m_calls = std::make_unique<CallsTableModel>(m_api.client.get());
    m_recordings = std::make_unique<RecordingFetcher>(m_api.client.get(), &m_api.network,
                                                      m_dir.filePath(u"recordings"_s));
    m_window = std::make_unique<MainWindow>(m_api.client.get(), m_calls.get(), m_contacts.get());
    m_window->setRecordingFetcher(m_recordings.get());
    m_session = std::make_unique<CaseSession>(m_api.client.get(), m_contacts.get(), m_calls.get(),
                                              m_window.get());
    m_window->show();
    connect(&m_dialogs, &QTimer::timeout, this, [this] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal);
            box && box->objectName() == "signOutConfirmation"_L1) {
            const QList<QAbstractButton*> buttons = box->buttons();
            for (QAbstractButton* button : buttons) {
                const bool accept = box->buttonRole(button) == QMessageBox::AcceptRole;
                if (accept == m_confirm)
                    QMetaObject::invokeMethod(button, "click", Qt::QueuedConnection);
            }
        } else if (auto* dialog = qobject_cast<ConnectionDialog*>(modal)) {
            ++m_connectionDialogs;
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        }
    });
}

void TestSignOut::init()
{
    TokenLeakGuard::install();
    ConnectionChoice choice;
    choice.baseUrl = m_api.server.baseUrl();
    choice.caseId = QString::fromLatin1(HardeningHarness::caseId);
    choice.token = QString::fromLatin1(HardeningHarness::token);
    QVERIFY(m_session->open(choice, nullptr, false));
    QTRY_COMPARE_WITH_TIMEOUT(m_calls->rowCount(), 2, 10000);
    RecordingCache& cache = m_recordings->cache();
    QVERIFY(addRecording(cache, 1) && addRecording(cache, 2));
    QCOMPARE(filesIn(cache.directory()).size(), 2);
    const QString origin = TokenStore::originOf(m_api.server.baseUrl());
    QVERIFY(writeToken(origin, QString::fromLatin1(HardeningHarness::token)));
    QVERIFY(writeToken(TokenStore::originOf(otherBaseUrl), u"other-token"_s));
}

bool TestSignOut::writeToken(const QString& origin, const QString& token)
{
    TokenStore* tokens = m_session->tokenStore();
    QSignalSpy written(tokens, &TokenStore::written);
    QSignalSpy unavailable(tokens, &TokenStore::unavailable);
    tokens->writeToken(origin, token);
    return QTest::qWaitFor([&] { return !written.isEmpty() || !unavailable.isEmpty(); }, 30000)
        && tokens->sessionToken(origin) == token;
}

void TestSignOut::answerDialogs(bool confirm)
{
    m_confirm = confirm;
    m_connectionDialogs = 0;
    m_dialogs.start(20);
}

void TestSignOut::cancelKeepsEverything()
{
    QSignalSpy signedOut(m_session.get(), &CaseSession::signedOut);
    answerDialogs(false);
    auto* action = m_window->findChild<QAction*>(u"signOutAction"_s);
    QVERIFY(action);
    action->trigger(); // returns once the confirmation was answered
    m_dialogs.stop();
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(filesIn(m_recordings->cache().directory()).size(), 2);
    QVERIFY(!m_session->tokenStore()
                 ->sessionToken(TokenStore::originOf(m_api.server.baseUrl()))
                 .isEmpty());
    QCOMPARE(m_calls->rowCount(), 2);
}

void TestSignOut::signOutRemovesTokensAndRecordings()
{
    QSignalSpy signedOut(m_session.get(), &CaseSession::signedOut);
    answerDialogs(true);
    m_window->findChild<QAction*>(u"signOutAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, SignOutJob::keychainTimeoutMs + 5000);
    QTRY_COMPARE(m_connectionDialogs, 1); // back at the connection dialog
    m_dialogs.stop();
    QVERIFY2(filesIn(m_recordings->cache().directory()).isEmpty(),
             qPrintable(filesIn(m_recordings->cache().directory()).join(u", "_s)));
    TokenStore* tokens = m_session->tokenStore();
    for (const QUrl& url : {m_api.server.baseUrl(), otherBaseUrl}) {
        const QString origin = TokenStore::originOf(url);
        QVERIFY2(tokens->sessionToken(origin).isEmpty(), qPrintable(origin));
        QSignalSpy notFound(tokens, &TokenStore::notFound);
        QSignalSpy read(tokens, &TokenStore::tokenRead);
        tokens->readToken(origin);
        QTRY_VERIFY_WITH_TIMEOUT(!notFound.isEmpty() || !read.isEmpty(), 30000);
        QVERIFY2(read.isEmpty(), qPrintable(origin));
    }
    QVERIFY(m_calls->caseId().isEmpty());
    QCOMPARE(m_calls->rowCount(), 0);
    // The next request (if any) carries no token.
    const int before = m_api.server.requestCount();
    m_calls->setCaseId(QString::fromLatin1(HardeningHarness::caseId));
    QTRY_VERIFY(m_api.server.requestCount() > before);
    QVERIFY(m_api.server.requests().last().header("authorization").isEmpty());
}

void TestSignOut::jobFinishesWithoutOrigins()
{
    SignOutJob job(nullptr, nullptr);
    QSignalSpy finished(&job, &SignOutJob::finished);
    job.start({});
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
}

int main(int argc, char** argv)
{
    // No keychain, fast and the same on every machine (see tests/connect/NoKeychain.h).
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArrayLiteral("unix:path=/nonexistent/casecalls-test-no-bus"));
    QApplication app(argc, argv);
    TokenLeakGuard::install();
    TestSignOut test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    return TokenLeakGuard::leaks().isEmpty() ? result : 1;
}

#include "tst_signout.moc"
