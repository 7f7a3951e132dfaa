#include "dashboard.h"

#include "desk.h"
#include "hubnetworkfactory.h"
#include "qmlwarningguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

namespace jack::desk {

namespace {
constexpr int pollMs = 50;
constexpr int loadTimeoutMs = 60000;
constexpr int settleMs = 700;
constexpr QSize screenshotSize(1366, 768);

void say(const QString &text)
{
    std::fprintf(stderr, "jack-desk: %s\n", qPrintable(text));
    std::fflush(stderr);
}

//! A short script of steps, each an action followed by a condition to wait for.
struct Step {
    QString name;
    std::function<void()> action;
    std::function<bool()> until;
    int timeoutMs = loadTimeoutMs;
};

void runSteps(std::shared_ptr<std::vector<Step>> steps, size_t at,
    std::function<void(bool, const QString &)> done)
{
    if (at >= steps->size()) {
        done(true, {});
        return;
    }
    Step &step = (*steps)[at];
    if (step.action)
        step.action();
    const QString name = step.name;
    whenReady(
        step.until ? step.until : [] { return true; }, step.timeoutMs,
        [steps, at, done, name](bool ok) {
            if (!ok) {
                done(false, name);
                return;
            }
            runSteps(steps, at + 1, done);
        });
}

// By the visual tree: items a Loader creates are not QObject children of the window.
QQuickItem *findVisualItem(QQuickItem *item, const QString &objectName)
{
    if (!item || item->objectName() == objectName)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisualItem(child, objectName))
            return found;
    }
    return nullptr;
}

//! A condition that holds once `ms` have passed since it was first asked.
std::function<bool()> after(int ms)
{
    auto timer = std::make_shared<QElapsedTimer>();
    return [timer, ms] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed() >= ms;
    };
}
} // namespace

void prepareQuickStyle()
{
    // One style everywhere, so the dashboard and its screenshots look the same on every PC.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

QQuickWindow *loadDashboard(QQmlApplicationEngine &engine, QString *error)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    if (Desk *desk = Desk::instance()) {
        // The engine does not own its factory; it goes with the engine.
        auto *factory = new HubNetworkFactory(desk->api());
        engine.setNetworkAccessManagerFactory(factory);
        QObject::connect(&engine, &QObject::destroyed, [factory] { delete factory; });
    }
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Jack/App/Main.qml")));
    const auto roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window && error)
        *error = QStringLiteral("the dashboard's QML could not be loaded");
    return window;
}

void whenReady(std::function<bool()> condition, int timeoutMs, std::function<void(bool)> done)
{
    if (condition()) {
        done(true);
        return;
    }
    // Owned by the application until it deletes itself, so none outlives the event loop.
    auto *timer = new QTimer(QCoreApplication::instance());
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(pollMs);
    QObject::connect(timer, &QTimer::timeout, timer,
        [timer, clock, condition = std::move(condition), timeoutMs, done = std::move(done)] {
            const bool ok = condition();
            if (!ok && clock->elapsed() < timeoutMs)
                return;
            timer->stop();
            timer->deleteLater();
            done(ok);
        });
    timer->start();
}

bool renderOnce(QQuickWindow *window)
{
    return window && !window->grabWindow().isNull();
}

void runScreenshot(Desk *desk, QQuickWindow *window, const QString &view, const QString &file,
    const ScreenshotScene &scene)
{
    window->resize(screenshotSize);
    auto steps = std::make_shared<std::vector<Step>>();
    steps->push_back({ QStringLiteral("sign in and load the inbox and tasks"), {},
        [desk] { return desk->ready(); } });
    steps->push_back({ QStringLiteral("open the %1 view").arg(view),
        [desk, view, scene] {
            desk->setView(
                view == QLatin1String("tasks") ? QStringLiteral("tasks") : QStringLiteral("inbox"));
            if (view == QLatin1String("conversation"))
                desk->openConversation(
                    scene.conversationId.isEmpty() ? desk->inbox()->idAt(0) : scene.conversationId);
        },
        [desk, view] {
            if (view != QLatin1String("conversation"))
                return true;
            return desk->messages()->loaded() && !desk->currentConversation().isEmpty();
        },
        20000 });
    if (!scene.replyText.isEmpty()) {
        steps->push_back({ QStringLiteral("type the reply"),
            [window, scene] {
                if (QQuickItem *input
                    = findVisualItem(window->contentItem(), QStringLiteral("replyInput")))
                    input->setProperty("text", scene.replyText);
            },
            [] { return true; } });
    }
    steps->push_back({ QStringLiteral("let the window settle"), {}, after(settleMs) });
    runSteps(steps, 0, [window, file, view, desk](bool ok, const QString &failed) {
        if (!ok) {
            if (view == QLatin1String("conversation") && desk->inbox()->count() == 0)
                say(QStringLiteral("no conversation to show"));
            say(QStringLiteral("screenshot failed at: %1").arg(failed));
            QCoreApplication::exit(2);
            return;
        }
        QImage image = window->grabWindow();
        if (image.size() != screenshotSize)
            image = image.scaled(screenshotSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (image.isNull() || !image.save(file, "PNG")) {
            say(QStringLiteral("could not write %1").arg(file));
            QCoreApplication::exit(2);
            return;
        }
        say(QStringLiteral("saved %1").arg(file));
        QCoreApplication::exit(0);
    });
}

void runSelfTest(Desk *desk, QQuickWindow *window, const QString &email, const QString &password)
{
    window->resize(screenshotSize);
    auto steps = std::make_shared<std::vector<Step>>();
    auto render = [window] { renderOnce(window); };
    auto filterStep = [desk, render](InboxFilterModel::Filter filter) {
        return Step { QStringLiteral("inbox filter %1").arg(int(filter)),
            [desk, render, filter] {
                desk->inbox()->setFilter(filter);
                render();
            },
            after(100) };
    };

    steps->push_back({ QStringLiteral("show the sign-in screen"), render, after(100) });
    steps->push_back({ QStringLiteral("sign in"),
        [desk, email, password] {
            if (!desk->session()->loggedIn())
                desk->session()->login(email, password);
        },
        [desk] { return desk->ready() || !desk->session()->error().isEmpty(); } });
    steps->push_back(
        { QStringLiteral("check the sign-in"), {}, [desk] { return desk->ready(); }, 10 });
    steps->push_back({ QStringLiteral("show the inbox"),
        [desk, render] {
            desk->setView(QStringLiteral("inbox"));
            render();
        },
        after(200) });
    for (auto filter :
        { InboxFilterModel::NeedsYou, InboxFilterModel::Mine, InboxFilterModel::JackHandling,
            InboxFilterModel::Finished, InboxFilterModel::All, InboxFilterModel::Open })
        steps->push_back(filterStep(filter));
    steps->push_back({ QStringLiteral("open the first conversation"),
        [desk] { desk->openConversation(desk->inbox()->idAt(0)); },
        [desk] { return desk->inbox()->count() == 0 || desk->messages()->loaded(); }, 20000 });
    steps->push_back({ QStringLiteral("show the conversation"), render, after(300) });
    steps->push_back({ QStringLiteral("show the tasks"),
        [desk, render] {
            desk->setView(QStringLiteral("tasks"));
            render();
        },
        after(200) });
    for (auto show : { TaskFilterModel::Done, TaskFilterModel::All, TaskFilterModel::Open }) {
        steps->push_back({ QStringLiteral("task filter %1").arg(int(show)),
            [desk, render, show] {
                desk->taskBoard()->setShow(show);
                render();
            },
            after(100) });
    }
    steps->push_back({ QStringLiteral("close the conversation"),
        [desk, render] {
            desk->setView(QStringLiteral("inbox"));
            desk->closeConversation();
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("sign out"),
        [desk, render] {
            desk->session()->logout();
            render();
        },
        after(300) });
    steps->push_back({ QStringLiteral("show the sign-in screen again"), render, after(100) });

    runSteps(steps, 0, [desk](bool ok, const QString &failed) {
        if (!ok) {
            say(QStringLiteral("self-test failed at: %1 %2").arg(failed, desk->session()->error()));
            QCoreApplication::exit(2);
            return;
        }
        const QStringList warnings = QmlWarningGuard::warnings();
        if (!warnings.isEmpty()) {
            say(QStringLiteral("self-test: %1 QML warning(s):").arg(warnings.size()));
            for (const QString &warning : warnings)
                say(QStringLiteral("  ") + warning);
            QCoreApplication::exit(1);
            return;
        }
        say(QStringLiteral("self-test passed: every screen loaded without QML warnings"));
        QCoreApplication::exit(0);
    });
}

} // namespace jack::desk
