#include "settingsscenes.h"

#include "appcatalogmodel.h"
#include "appconfigform.h"
#include "desk.h"
#include "hotelsettingsform.h"
#include "staffdirectory.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace jack::desk {

namespace {
// By the visual tree: the settings sections are made by Loaders.
QQuickItem *find(QQuickItem *item, const QString &objectName)
{
    if (!item || item->objectName() == objectName)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = find(child, objectName))
            return found;
    }
    return nullptr;
}

template <typename T> T *objectOf(QQuickWindow *window, const char *item, const char *property)
{
    QQuickItem *owner = find(window->contentItem(), QString::fromLatin1(item));
    return owner ? qobject_cast<T *>(owner->property(property).value<QObject *>()) : nullptr;
}

SceneStep openSection(
    Desk *desk, QQuickWindow *window, const QString &section, std::function<bool()> until)
{
    return { QStringLiteral("open the %1 settings").arg(section),
        [desk, window, section] {
            desk->setView(QStringLiteral("settings"));
            if (QQuickItem *page = find(window->contentItem(), QStringLiteral("settingsPage")))
                page->setProperty("section", section);
        },
        std::move(until) };
}
} // namespace

bool isSettingsView(const QString &view)
{
    return settingsViews().contains(view);
}

QStringList settingsViews()
{
    return { QStringLiteral("settings-apps"), QStringLiteral("settings-app-config"),
        QStringLiteral("settings-staff"), QStringLiteral("settings-hotel") };
}

QList<SceneStep> settingsScene(Desk *desk, QQuickWindow *window, const QString &view)
{
    QList<SceneStep> steps;
    if (view == QLatin1String("settings-apps") || view == QLatin1String("settings-app-config")) {
        steps.append(openSection(desk, window, QStringLiteral("apps"), [window] {
            auto *catalog = objectOf<AppCatalogModel>(window, "appsPage", "catalog");
            return catalog && catalog->count() > 0;
        }));
    }
    if (view == QLatin1String("settings-app-config")) {
        // The SMS app: the screenshot script sets it up against a closed port, so the test
        // shows how a failure reads.
        steps.append({ QStringLiteral("open an app's settings"),
            [window] {
                QQuickItem *page = find(window->contentItem(), QStringLiteral("appsPage"));
                auto *catalog = objectOf<AppCatalogModel>(window, "appsPage", "catalog");
                if (!page || !catalog)
                    return;
                const int sms = catalog->indexOf(QStringLiteral("twilio-sms"));
                page->setProperty(
                    "openAppId", catalog->appAt(sms >= 0 ? sms : 0).value(QStringLiteral("id")));
            },
            [window] {
                auto *form = objectOf<AppConfigForm>(window, "appConfigPanel", "form");
                return form && !form->fields().isEmpty();
            } });
        steps.append({ QStringLiteral("test the app's connection"),
            [window] {
                if (auto *form = objectOf<AppConfigForm>(window, "appConfigPanel", "form"))
                    form->test();
            },
            [window] {
                auto *form = objectOf<AppConfigForm>(window, "appConfigPanel", "form");
                return form && !form->testResult().isEmpty();
            } });
    }
    if (view == QLatin1String("settings-staff")) {
        steps.append(openSection(desk, window, QStringLiteral("staff"), [window] {
            auto *staff = objectOf<StaffDirectory>(window, "staffPage", "directory");
            return staff && staff->count() > 0;
        }));
        steps.append({ QStringLiteral("open a member of staff"),
            [window] {
                QQuickItem *page = find(window->contentItem(), QStringLiteral("staffPage"));
                auto *staff = objectOf<StaffDirectory>(window, "staffPage", "directory");
                if (!page || !staff)
                    return;
                for (int row = 0; row < staff->count(); ++row) {
                    const QVariantMap member = staff->memberAt(row);
                    if (!member.value(QStringLiteral("isSelf")).toBool()) {
                        page->setProperty("openStaffId", member.value(QStringLiteral("id")));
                        return;
                    }
                }
            },
            [] { return true; } });
    }
    if (view == QLatin1String("settings-hotel")) {
        steps.append(openSection(desk, window, QStringLiteral("hotel"), [window] {
            auto *form = objectOf<HotelSettingsForm>(window, "hotelPage", "form");
            return form && form->loaded();
        }));
    }
    return steps;
}

} // namespace jack::desk
