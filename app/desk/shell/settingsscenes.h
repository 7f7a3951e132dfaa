#pragma once
#include <QList>
#include <QString>
#include <functional>

class QQuickWindow;

namespace jack::desk {

class Desk;

//! One step of a scripted visit: what to do, then what to wait for.
struct SceneStep {
    QString name;
    std::function<void()> action;
    std::function<bool()> until;
};

//! The settings screens for --screenshot-view and --self-test: "settings-apps",
//! "settings-app-config" (an app's form after a connection test), "settings-staff" (a member
//! open in the editor) and "settings-hotel".
[[nodiscard]] bool isSettingsView(const QString &view);
[[nodiscard]] QStringList settingsViews();
//! The steps that open `view` and wait until its data is shown.
[[nodiscard]] QList<SceneStep> settingsScene(Desk *desk, QQuickWindow *window, const QString &view);

} // namespace jack::desk
