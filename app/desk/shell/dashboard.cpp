#include "dashboard.h"

#include "desk.h"
#include "guestdirectory.h"
#include "guestprofile.h"
#include "healthboard.h"
#include "hubnetworkfactory.h"
#include "knowledgebook.h"
#include "knowledgequestion.h"
#include "languageswitcher.h"
#include "preferences.h"
#include "qmlwarningguard.h"
#include "settingsscenes.h"
#include "setupwizard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
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

//! Sets the `text` of the visual item named `objectName` (a TextField or a SetupField).
void typeInto(QQuickWindow *window, const QString &objectName, const QString &text)
{
    if (QQuickItem *item = findVisualItem(window->contentItem(), objectName))
        item->setProperty("text", text);
}

//! A QML object (a Popup is not in the visual tree until it opens) found by its objectName.
//! The window, not its content item, is the QObject parent of what Main.qml declares.
QObject *findQmlObject(QQuickWindow *window, const QString &objectName)
{
    return window->findChild<QObject *>(objectName);
}

//! Opens or closes a Popup found by its objectName; false when there is none.
bool setPopupOpen(QQuickWindow *window, const QString &objectName, bool open)
{
    QObject *popup = findQmlObject(window, objectName);
    return popup && QMetaObject::invokeMethod(popup, open ? "open" : "close", Qt::DirectConnection);
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

//! A controller (GuestDirectory, KnowledgeBook…) declared in a page of the window.
template <typename T> T *pageObject(QQuickWindow *window, const char *page, const char *name)
{
    QQuickItem *item = findVisualItem(window->contentItem(), QString::fromLatin1(page));
    return item ? item->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

void callPage(QQuickWindow *window, const char *page, const char *function, const QVariant &arg)
{
    if (QQuickItem *item = findVisualItem(window->contentItem(), QString::fromLatin1(page)))
        QMetaObject::invokeMethod(item, function, Q_ARG(QVariant, arg));
}

//! The guest and knowledge screens' steps, shared by the screenshots and the self-test:
//! open the screen, wait for its data, and for the second view of each go one step further.
void pushPeopleSteps(std::vector<Step> &steps, Desk *desk, QQuickWindow *window,
    const QString &view, const std::function<void()> &render = {})
{
    const auto paint = [render] {
        if (render)
            render();
    };
    if (view == QLatin1String("guests") || view == QLatin1String("guest-profile")) {
        steps.push_back({ QStringLiteral("show the guests"),
            [desk, paint] {
                desk->setView(QStringLiteral("guests"));
                paint();
            },
            [window] {
                auto *directory
                    = pageObject<GuestDirectory>(window, "guestsPage", "guestDirectory");
                return directory && directory->loaded() && !directory->loading()
                    && directory->inHouseCount() > 0;
            },
            20000 });
        if (view == QLatin1String("guest-profile")) {
            steps.push_back({ QStringLiteral("open a guest's profile"),
                [window, paint] {
                    auto *directory
                        = pageObject<GuestDirectory>(window, "guestsPage", "guestDirectory");
                    // The demo's Maria Santos has a stay, a conversation and memories.
                    int row = directory->model()->indexOfName(QStringLiteral("Maria Santos"));
                    callPage(window, "guestsPage", "showGuest",
                        directory->model()->guestIdAt(row < 0 ? 0 : row));
                    paint();
                },
                [window] {
                    auto *profile = pageObject<GuestProfile>(window, "guestsPage", "guestProfile");
                    return profile && !profile->guest().isEmpty() && !profile->loading();
                },
                20000 });
        }
    } else if (view == QLatin1String("knowledge") || view == QLatin1String("knowledge-test")) {
        steps.push_back({ QStringLiteral("show the knowledge base"),
            [desk, paint] {
                desk->setView(QStringLiteral("knowledge"));
                paint();
            },
            [window] {
                auto *book = pageObject<KnowledgeBook>(window, "knowledgePage", "knowledgeBook");
                return book && book->loaded() && book->entries()->count() > 0;
            },
            20000 });
        steps.push_back({ QStringLiteral("open the first entry"),
            [window, paint] {
                auto *book = pageObject<KnowledgeBook>(window, "knowledgePage", "knowledgeBook");
                callPage(window, "knowledgePage", "showEntry",
                    book->entries()->entryAt(0).value(QStringLiteral("id")));
                paint();
            },
            after(100) });
        if (view == QLatin1String("knowledge-test")) {
            steps.push_back({ QStringLiteral("test a question"),
                [window, paint] {
                    callPage(window, "knowledgePage", "askQuestion",
                        QStringLiteral("Can I check out a bit later on Sunday?"));
                    paint();
                },
                [window] {
                    auto *question = pageObject<KnowledgeQuestion>(
                        window, "knowledgePage", "knowledgeQuestion");
                    return question && question->hasAnswer() && !question->asking();
                },
                20000 });
        }
    }
}
} // namespace

void prepareQuickStyle()
{
    // One style everywhere, so the dashboard and its screenshots look the same on every PC.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

SetupWizard *findSetupWizard(QQuickWindow *window)
{
    if (!window)
        return nullptr;
    if (auto *wizard = window->findChild<SetupWizard *>())
        return wizard;
    return window->contentItem()->findChild<SetupWizard *>();
}

HealthBoard *findHealthBoard(QQuickWindow *window)
{
    QQuickItem *page
        = window ? findVisualItem(window->contentItem(), QStringLiteral("healthPage")) : nullptr;
    return page ? page->property("board").value<HealthBoard *>() : nullptr;
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

namespace {
void addSetupScreenshotSteps(std::vector<Step> &steps, QQuickWindow *window, const QString &view)
{
    steps.push_back({ QStringLiteral("show the setup wizard"), {}, [window] {
                         SetupWizard *wizard = findSetupWizard(window);
                         return wizard && wizard->active()
                             && findVisualItem(window->contentItem(), QStringLiteral("setupPage"));
                     } });
    steps.push_back({ QStringLiteral("fill in the hotel"),
        [window] {
            typeInto(
                window, QStringLiteral("setupHotelName"), QStringLiteral("Harbour View Hotel"));
        },
        after(100) });
    if (view == QLatin1String("setup"))
        return;
    steps.push_back({ QStringLiteral("continue to the account"),
        [window] {
            SetupWizard *wizard = findSetupWizard(window);
            QQuickItem *next
                = findVisualItem(window->contentItem(), QStringLiteral("setupHotelNext"));
            if (wizard && next)
                QMetaObject::invokeMethod(next, "clicked");
        },
        [window] { return findSetupWizard(window)->step() == SetupWizard::Admin; } });
    steps.push_back({ QStringLiteral("fill in the account"),
        [window] {
            typeInto(window, QStringLiteral("setupAdminName"), QStringLiteral("Ana Pereira"));
            typeInto(window, QStringLiteral("setupAdminEmail"),
                QStringLiteral("ana.pereira@harbourview.example"));
            typeInto(
                window, QStringLiteral("setupAdminPassword"), QStringLiteral("sea-breeze-at-412"));
            typeInto(
                window, QStringLiteral("setupAdminConfirm"), QStringLiteral("sea-breeze-at-412"));
        },
        after(100) });
    if (view == QLatin1String("setup-account"))
        return;
    steps.push_back({ QStringLiteral("create the admin"),
        [window] {
            if (QQuickItem *create
                = findVisualItem(window->contentItem(), QStringLiteral("setupCreateAdmin")))
                QMetaObject::invokeMethod(create, "clicked");
        },
        [window] { return findSetupWizard(window)->step() == SetupWizard::Ai; } });
}
} // namespace

void runScreenshot(Desk *desk, QQuickWindow *window, const QString &view, const QString &file,
    const ScreenshotScene &scene)
{
    window->resize(screenshotSize);
    auto steps = std::make_shared<std::vector<Step>>();
    if (view.startsWith(QLatin1String("setup"))) {
        addSetupScreenshotSteps(*steps, window, view);
    } else {
        steps->push_back({ QStringLiteral("sign in and load the inbox and tasks"), {},
            [desk] { return desk->ready(); } });
    }
    if (view == QLatin1String("health")) {
        steps->push_back({ QStringLiteral("open the health view"),
            [desk] { desk->setView(QStringLiteral("health")); },
            [window] {
                HealthBoard *board = findHealthBoard(window);
                return board && !board->loading() && !board->buckets().isEmpty()
                    && !board->services().isEmpty();
            },
            20000 });
    } else if (!view.startsWith(QLatin1String("setup"))) {
        steps->push_back({ QStringLiteral("open the %1 view").arg(view),
            [desk, view, scene, window] {
                if (isSettingsView(view))
                    return; // the settings steps below open it
                desk->setView(view == QLatin1String("tasks") ? QStringLiteral("tasks")
                                                             : QStringLiteral("inbox"));
                if (view == QLatin1String("conversation"))
                    desk->openConversation(scene.conversationId.isEmpty() ? desk->inbox()->idAt(0)
                                                                          : scene.conversationId);
                if (view == QLatin1String("quick-switcher"))
                    setPopupOpen(window, QStringLiteral("quickSwitcher"), true);
            },
            [desk, view] {
                if (view != QLatin1String("conversation"))
                    return true;
                return desk->messages()->loaded() && !desk->currentConversation().isEmpty();
            },
            20000 });
        for (const SceneStep &step : settingsScene(desk, window, view))
            steps->push_back({ step.name, step.action, step.until, 20000 });
        pushPeopleSteps(*steps, desk, window, view); // guests, guest-profile, knowledge…
    }
    if (scene.composer == QLatin1String("note")) {
        steps->push_back({ QStringLiteral("switch to an internal note"),
            [window] {
                if (QQuickItem *pane
                    = findVisualItem(window->contentItem(), QStringLiteral("conversationPane")))
                    pane->setProperty("composerMode", QStringLiteral("note"));
            },
            // The colleagues to @mention come from the hub.
            [desk] { return !desk->notes()->staff().isEmpty(); }, 20000 });
    }
    if (!scene.replyText.isEmpty()) {
        const QString inputName = scene.composer == QLatin1String("note")
            ? QStringLiteral("noteInput")
            : QStringLiteral("replyInput");
        steps->push_back({ QStringLiteral("type the reply"),
            [window, scene, inputName] {
                if (QQuickItem *input = findVisualItem(window->contentItem(), inputName)) {
                    input->setProperty("text", scene.replyText);
                    input->setProperty("cursorPosition", int(scene.replyText.size()));
                }
            },
            [desk, scene] {
                // "/" opens the canned responses: wait until the hub filled them in.
                return !scene.replyText.startsWith(QLatin1Char('/'))
                    || desk->cannedResponses()->count() > 0;
            },
            20000 });
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

    // The wizard is shown only by a hub without accounts; load it on its own, offline.
    auto setupWindow = std::make_shared<std::unique_ptr<QQuickWindow>>();
    auto setupPage = std::make_shared<std::unique_ptr<QObject>>();
    steps->push_back({ QStringLiteral("load the setup wizard"),
        [window, setupWindow, setupPage] {
            QQmlEngine *engine = qmlEngine(window);
            if (!engine)
                return;
            QQmlComponent component(engine);
            component.setData("import QtQuick\nimport Jack.Desk\nimport Jack.Setup\n"
                              "SetupPage { width: 1366; height: 768; wizard: SetupWizard {} }\n",
                QUrl(QStringLiteral("qrc:/selftest/SetupProbe.qml")));
            setupPage->reset(component.create());
            auto *page = qobject_cast<QQuickItem *>(setupPage->get());
            if (!page) {
                say(component.errorString());
                return;
            }
            *setupWindow = std::make_unique<QQuickWindow>();
            (*setupWindow)->resize(screenshotSize);
            page->setParentItem((*setupWindow)->contentItem());
            renderOnce(setupWindow->get());
            if (auto *wizard = page->property("wizard").value<SetupWizard *>())
                wizard->setHotelProfile({ { QStringLiteral("name"), QStringLiteral("Probe") } });
            renderOnce(setupWindow->get());
        },
        [setupPage] { return setupPage->get() != nullptr; }, 10 });
    steps->push_back({ QStringLiteral("close the setup wizard"),
        [setupWindow, setupPage] {
            setupPage->reset();
            setupWindow->reset();
        },
        after(50) });
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
        { InboxFilterModel::NeedsYou, InboxFilterModel::Mine, InboxFilterModel::Unassigned,
            InboxFilterModel::Snoozed, InboxFilterModel::JackHandling, InboxFilterModel::Finished,
            InboxFilterModel::All, InboxFilterModel::Open })
        steps->push_back(filterStep(filter));
    steps->push_back({ QStringLiteral("open the quick switcher"),
        [window, render] {
            setPopupOpen(window, QStringLiteral("quickSwitcher"), true);
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("close the quick switcher"),
        [window, render] {
            setPopupOpen(window, QStringLiteral("quickSwitcher"), false);
            render();
        },
        after(100) });
    steps->push_back({ QStringLiteral("open the first conversation"),
        [desk] { desk->openConversation(desk->inbox()->idAt(0)); },
        [desk] { return desk->inbox()->count() == 0 || desk->messages()->loaded(); }, 20000 });
    steps->push_back({ QStringLiteral("show the conversation"), render, after(300) });
    // Presence as the hub would announce it: a colleague typing, another viewing, then gone.
    auto presence = [desk, render](bool present) {
        const QJsonObject ana { { "staffId", "self-test-ana" }, { "name", "Ana" } };
        const QJsonObject sam { { "staffId", "self-test-sam" }, { "name", "Sam" } };
        const QJsonObject entry { { "conversationId", desk->currentConversationId() },
            { "viewing", present ? QJsonArray { ana, sam } : QJsonArray {} },
            { "typing", present ? QJsonArray { ana } : QJsonArray {} } };
        desk->feed()->handleFrame({ { "type", "presence" },
            { "payload",
                QJsonObject {
                    { "snapshot", false }, { "conversations", QJsonArray { entry } } } } });
        render();
    };
    steps->push_back({ QStringLiteral("show colleagues in the conversation"),
        [presence] { presence(true); }, after(100) });
    steps->push_back({ QStringLiteral("colleagues leave the conversation"),
        [presence] { presence(false); }, after(100) });
    // The composer's other faces: an internal note with the @mention list, the "/" list of
    // canned responses, and the create-task form.
    auto pane = [window] {
        return findVisualItem(window->contentItem(), QStringLiteral("conversationPane"));
    };
    auto typeText = [window](const QString &input, const QString &text) {
        if (QQuickItem *item = findVisualItem(window->contentItem(), input)) {
            item->setProperty("text", text);
            item->setProperty("cursorPosition", int(text.size()));
        }
    };
    steps->push_back({ QStringLiteral("write an internal note"),
        [desk, pane, typeText, render] {
            if (QQuickItem *p = pane())
                p->setProperty("composerMode", QStringLiteral("note"));
            desk->notes()->loadStaff();
            typeText(QStringLiteral("noteInput"), QStringLiteral("@"));
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("open the canned responses"),
        [pane, typeText, render] {
            typeText(QStringLiteral("noteInput"), {});
            if (QQuickItem *p = pane())
                p->setProperty("composerMode", QStringLiteral("reply"));
            typeText(QStringLiteral("replyInput"), QStringLiteral("/"));
            render();
        },
        after(300) });
    steps->push_back({ QStringLiteral("open the create-task form"),
        [desk, pane, render] {
            if (QQuickItem *p = pane()) {
                QMetaObject::invokeMethod(p, "closeOverlays");
                if (desk->messages()->count() > 0)
                    QMetaObject::invokeMethod(p, "openTaskForm",
                        Q_ARG(QVariant, QVariant(desk->messages()->at(0).content)));
            }
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("close the form"),
        [pane, typeText, render] {
            if (QQuickItem *p = pane())
                QMetaObject::invokeMethod(p, "closeOverlays");
            typeText(QStringLiteral("replyInput"), {});
            render();
        },
        after(100) });
    steps->push_back({ QStringLiteral("show the tasks"),
        [desk, render] {
            desk->setView(QStringLiteral("tasks"));
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("ask how a task was completed"),
        [window, render] {
            if (QObject *dialog = findQmlObject(window, QStringLiteral("completeTaskDialog")))
                QMetaObject::invokeMethod(dialog, "ask", Qt::DirectConnection,
                    Q_ARG(QVariant, QStringLiteral("self-test")),
                    Q_ARG(QVariant, QStringLiteral("Two more towels")), Q_ARG(QVariant, true));
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("close the completion dialog"),
        [window, render] {
            setPopupOpen(window, QStringLiteral("completeTaskDialog"), false);
            render();
        },
        after(100) });
    for (auto show : { TaskFilterModel::Done, TaskFilterModel::All, TaskFilterModel::Open }) {
        steps->push_back({ QStringLiteral("task filter %1").arg(int(show)),
            [desk, render, show] {
                desk->taskBoard()->setShow(show);
                render();
            },
            after(100) });
    }
    for (const QString &view : settingsViews()) {
        for (const SceneStep &step : settingsScene(desk, window, view))
            steps->push_back({ step.name,
                [action = step.action, render] {
                    action();
                    render();
                },
                step.until, 20000 });
        steps->push_back({ QStringLiteral("show %1").arg(view), render, after(200) });
    }
    // The dark palette on every screen and the sign-in screen, then back to the light one.
    auto setTheme = [](const QString &theme) {
        if (Preferences *preferences = Preferences::instance())
            preferences->setTheme(theme);
    };
    steps->push_back({ QStringLiteral("dark theme: tasks"),
        [render, setTheme] {
            setTheme(QStringLiteral("dark"));
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("dark theme: the conversation"),
        [desk, render] {
            desk->setView(QStringLiteral("inbox"));
            render();
        },
        after(200) });
    // Every screen once more right to left, in Arabic, then back in the language it had.
    auto *languages = LanguageSwitcher::instance();
    const QString language = languages->language();
    steps->push_back({ QStringLiteral("show the desk in Arabic"),
        [desk, languages, render] {
            languages->apply(QStringLiteral("ar"));
            desk->setView(QStringLiteral("inbox"));
            desk->openConversation(desk->inbox()->idAt(0));
            render();
        },
        [desk] { return desk->inbox()->count() == 0 || desk->messages()->loaded(); }, 20000 });
    steps->push_back({ QStringLiteral("show the tasks in Arabic"),
        [desk, render] {
            render();
            desk->setView(QStringLiteral("tasks"));
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("back to the desk's language"),
        [languages, language, render] {
            languages->apply(language);
            render();
        },
        after(100) });
    steps->push_back({ QStringLiteral("show the health screen"),
        [desk, render] {
            desk->setView(QStringLiteral("health"));
            render();
        },
        [window] {
            HealthBoard *board = findHealthBoard(window);
            return board && !board->loading() && !board->buckets().isEmpty();
        },
        20000 });
    steps->push_back({ QStringLiteral("health over the week"),
        [window, render] {
            findHealthBoard(window)->setHours(168);
            render();
        },
        [window, render] {
            render();
            HealthBoard *board = findHealthBoard(window);
            return !board->loading() && board->buckets().size() == 7;
        },
        20000 });
    for (const char *view : { "guest-profile", "knowledge-test" }) {
        pushPeopleSteps(*steps, desk, window, QString::fromLatin1(view), render);
        steps->push_back(
            { QStringLiteral("show %1").arg(QLatin1String(view)), render, after(200) });
    }
    for (auto show : { GuestDirectory::Arrivals, GuestDirectory::Departures, GuestDirectory::All,
             GuestDirectory::InHouse }) {
        steps->push_back({ QStringLiteral("guest list %1").arg(int(show)),
            [desk, window, render, show] {
                desk->setView(QStringLiteral("guests"));
                if (auto *directory
                    = pageObject<GuestDirectory>(window, "guestsPage", "guestDirectory"))
                    directory->setShow(show);
                render();
            },
            [window] {
                auto *directory
                    = pageObject<GuestDirectory>(window, "guestsPage", "guestDirectory");
                return directory && !directory->loading();
            },
            20000 });
        steps->push_back(
            { QStringLiteral("show guest list %1").arg(int(show)), render, after(100) });
    }
    steps->push_back({ QStringLiteral("open the import wizard"),
        [desk, window, render] {
            desk->setView(QStringLiteral("knowledge"));
            if (QQuickItem *page
                = findVisualItem(window->contentItem(), QStringLiteral("knowledgePage")))
                if (QObject *wizard = page->findChild<QObject *>(QStringLiteral("importWizard")))
                    QMetaObject::invokeMethod(wizard, "openWizard");
            render();
        },
        after(200) });
    steps->push_back({ QStringLiteral("close the import wizard"),
        [window, render] {
            if (QQuickItem *page
                = findVisualItem(window->contentItem(), QStringLiteral("knowledgePage")))
                if (QObject *wizard = page->findChild<QObject *>(QStringLiteral("importWizard")))
                    QMetaObject::invokeMethod(wizard, "close");
            render();
        },
        after(100) });
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
    steps->push_back({ QStringLiteral("light theme again"),
        [render, setTheme] {
            setTheme(QStringLiteral("light"));
            render();
        },
        after(100) });

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
