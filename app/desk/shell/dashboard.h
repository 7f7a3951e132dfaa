#pragma once
#include <QString>
#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace jack::desk {

class Desk;
class HealthBoard;
class SetupWizard;

//! Pins the Controls style; call before the first QML engine is created.
void prepareQuickStyle();

//! Loads qrc:/qt/qml/Jack/App/Main.qml into `engine`; the dashboard's window, or nullptr
//! with the reason in `error`.
[[nodiscard]] QQuickWindow *loadDashboard(QQmlApplicationEngine &engine, QString *error);

//! The window's first-run wizard (Main.qml makes one), or nullptr.
[[nodiscard]] SetupWizard *findSetupWizard(QQuickWindow *window);
//! The Health screen's board while that screen is shown, or nullptr.
[[nodiscard]] HealthBoard *findHealthBoard(QQuickWindow *window);

//! Polls `condition` every 50 ms; calls `done(true)` once it holds or `done(false)` after
//! `timeoutMs`. Used by the screenshot and self-test drivers and by the smoke test.
void whenReady(std::function<bool()> condition, int timeoutMs, std::function<void(bool)> done);

//! Renders the window now and returns whether it drew anything (offscreen included).
bool renderOnce(QQuickWindow *window);

//! What the conversation screenshot shows beyond the defaults.
struct ScreenshotScene {
    QString conversationId; // empty: the inbox's first conversation
    QString replyText; // typed into the reply box, e.g. to show the SMS counter
    //! "note": the composer in internal-note mode, `replyText` typed into the note ("@" opens
    //! the colleague list). With a reply of "/", the canned-response list opens.
    QString composer;
};

//! --screenshot: waits for the data, opens `view` (inbox, conversation, tasks, quick-switcher,
//! health, a settings page, or on a hub without accounts setup, setup-account, setup-ai), saves
//! the window as a PNG of 1366×768 and quits with 0 (or non-zero with a message on stderr).
void runScreenshot(Desk *desk, QQuickWindow *window, const QString &view, const QString &file,
    const ScreenshotScene &scene = {});

//! --self-test: signs in with the given login, walks every screen and filter, and quits
//! with 0 only when no QML warning was emitted.
void runSelfTest(Desk *desk, QQuickWindow *window, const QString &email, const QString &password);

} // namespace jack::desk
