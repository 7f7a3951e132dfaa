#pragma once
#include <QString>
#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace jack::desk {

class Desk;

//! Pins the Controls style; call before the first QML engine is created.
void prepareQuickStyle();

//! Loads qrc:/qt/qml/Jack/App/Main.qml into `engine`; the dashboard's window, or nullptr
//! with the reason in `error`.
[[nodiscard]] QQuickWindow *loadDashboard(QQmlApplicationEngine &engine, QString *error);

//! Polls `condition` every 50 ms; calls `done(true)` once it holds or `done(false)` after
//! `timeoutMs`. Used by the screenshot and self-test drivers and by the smoke test.
void whenReady(std::function<bool()> condition, int timeoutMs, std::function<void(bool)> done);

//! Renders the window now and returns whether it drew anything (offscreen included).
bool renderOnce(QQuickWindow *window);

//! What the conversation screenshot shows beyond the defaults.
struct ScreenshotScene {
    QString conversationId; // empty: the inbox's first conversation
    QString replyText; // typed into the reply box, e.g. to show the SMS counter
};

//! --screenshot: waits for the data, opens `view` (inbox, conversation or tasks), saves the
//! window as a PNG of 1366×768 and quits with 0 (or non-zero with a message on stderr).
void runScreenshot(Desk *desk, QQuickWindow *window, const QString &view, const QString &file,
    const ScreenshotScene &scene = {});

//! --self-test: signs in with the given login, walks every screen and filter, and quits
//! with 0 only when no QML warning was emitted.
void runSelfTest(Desk *desk, QQuickWindow *window, const QString &email, const QString &password);

} // namespace jack::desk
