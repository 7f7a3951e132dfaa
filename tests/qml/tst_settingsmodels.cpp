// The settings screens' client classes on their own: the app catalogue and staff directory
// models (QAbstractItemModelTester), and what the app and hotel forms send to the hub.
#include "appcatalogmodel.h"
#include "appconfigform.h"
#include "hotelsettingsform.h"
#include "staffdirectory.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace jack::desk;

namespace {
// Answers of GET /apps and GET /staff, in tests/qml/data.
QJsonArray apps()
{
    return fixtureItems(QStringLiteral("settings-apps.json"));
}
QJsonArray staff()
{
    return fixtureItems(QStringLiteral("settings-staff.json"));
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}
} // namespace

class TestSettingsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogGroupsAppsAndSaysWhatTheirStateMeans()
    {
        AppCatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(apps());
        QCOMPARE(model.count(), 4);
        QCOMPARE(column(model, AppCatalogModel::IdRole),
            QStringList({ "whatsapp", "twilio-sms", "offline", "mews" }));
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        const QModelIndex sms = model.index(model.indexOf(QStringLiteral("twilio-sms")));
        QCOMPARE(
            sms.data(AppCatalogModel::StatusLabelRole).toString(), QStringLiteral("Not set up"));
        QCOMPARE(sms.data(AppCatalogModel::HealthTextRole).toString(),
            QStringLiteral("Problem: Twilio refused the credentials"));
        QCOMPARE(sms.data(AppCatalogModel::HealthToneRole).toString(), QStringLiteral("danger"));
        QCOMPARE(sms.data(AppCatalogModel::CategoryLabelRole).toString(),
            QStringLiteral("Guest channels"));
        const QModelIndex offline = model.index(model.indexOf(QStringLiteral("offline")));
        QCOMPARE(
            offline.data(AppCatalogModel::StatusLabelRole).toString(), QStringLiteral("Built in"));
        QCOMPARE(offline.data(AppCatalogModel::BuiltInRole).toBool(), true);
        QCOMPARE(model.index(0).data(AppCatalogModel::HealthTextRole).toString(), QString());

        // A saved app replaces its row; an unknown one joins its kind.
        QJsonObject off = apps().at(1).toObject();
        off.insert("enabled", false);
        off.insert("status", "disabled");
        QVERIFY(model.upsert(off));
        QVERIFY(!model.upsert(off));
        QCOMPARE(model.index(0).data(AppCatalogModel::StatusLabelRole).toString(),
            QStringLiteral("Off"));
        QVERIFY(model.upsert(QJsonObject { { "id", "telegram" }, { "category", "channel" },
            { "name", "Telegram" }, { "status", "not_configured" } }));
        QCOMPARE(column(model, AppCatalogModel::IdRole),
            QStringList({ "whatsapp", "twilio-sms", "telegram", "offline", "mews" }));
    }

    void appFormNeverShowsSecretsAndSendsOnlyWhatChanged()
    {
        AppConfigForm form;
        form.load(apps().at(1).toObject());
        QCOMPARE(form.fields().size(), 3);
        const QVariantMap token = form.fields().at(0).toMap();
        QCOMPARE(token.value("secret").toBool(), true);
        QVERIFY(token.value("placeholder").toString().contains(QStringLiteral("••••1234")));
        QCOMPARE(form.values().value("accessToken").toString(), QString());
        QCOMPARE(form.values().value("phoneNumberId").toString(), QStringLiteral("123"));
        QVERIFY(
            form.fields().at(2).toMap().value("placeholder").toString().contains("graph.facebook"));
        QVERIFY(!form.dirty());
        // Nothing typed: the secret is not sent, so the hub keeps it.
        QCOMPARE(
            form.changes(), QJsonObject({ { "enabled", true }, { "config", QJsonObject {} } }));

        form.setValue(QStringLiteral("phoneNumberId"), QStringLiteral("456"));
        form.setValue(QStringLiteral("apiBaseUrl"), QStringLiteral("http://127.0.0.1:9"));
        form.setEnabled(false);
        QVERIFY(form.dirty());
        QCOMPARE(form.changes(),
            QJsonObject({ { "enabled", false },
                { "config",
                    QJsonObject {
                        { "phoneNumberId", "456" }, { "apiBaseUrl", "http://127.0.0.1:9" } } } }));
        form.setValue(QStringLiteral("accessToken"), QStringLiteral("EAAG-new"));
        QCOMPARE(form.changes().value("config").toObject().value("accessToken").toString(),
            QStringLiteral("EAAG-new"));
        // Clearing a plain field removes it on the hub.
        form.setValue(QStringLiteral("phoneNumberId"), QString());
        QCOMPARE(
            form.changes().value("config").toObject().value("phoneNumberId").toString(), QString());
        QVERIFY(form.changes().value("config").toObject().contains("phoneNumberId"));
    }

    void staffDirectorySaysWhatAnAdminMayDo()
    {
        StaffDirectory model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelfId(QStringLiteral("s1"));
        model.reset(staff());
        QCOMPARE(column(model, StaffDirectory::NameRole),
            QStringList({ "Ana Front", "Max Manager", "Zoe Admin" }));
        const QModelIndex zoe = model.index(model.indexOf(QStringLiteral("s1")));
        QCOMPARE(zoe.data(StaffDirectory::IsSelfRole).toBool(), true);
        QCOMPARE(zoe.data(StaffDirectory::CanDeleteRole).toBool(), false);
        QCOMPARE(zoe.data(StaffDirectory::CanChangeRoleRole).toBool(), false);
        const QModelIndex max = model.index(model.indexOf(QStringLiteral("s3")));
        QCOMPARE(
            max.data(StaffDirectory::StatusLabelRole).toString(), QStringLiteral("Deactivated"));
        QCOMPARE(max.data(StaffDirectory::RoleLabelRole).toString(), QStringLiteral("Manager"));
        QCOMPARE(max.data(StaffDirectory::CanDeleteRole).toBool(), true);
        QCOMPARE(
            model.memberAt(model.indexOf(QStringLiteral("s2"))).value("canDelete").toBool(), true);
        QVERIFY(model.memberAt(-1).isEmpty());

        // A second active admin: Zoe is no longer the last one, but still cannot delete herself.
        QJsonObject maxAdmin = staff().at(2).toObject();
        maxAdmin.insert("role", "admin");
        maxAdmin.insert("active", true);
        maxAdmin.insert("name", "Aaron Max");
        model.upsert(maxAdmin);
        QCOMPARE(model.count(), 3);
        QCOMPARE(column(model, StaffDirectory::NameRole),
            QStringList({ "Aaron Max", "Ana Front", "Zoe Admin" }));
        QCOMPARE(model.index(0).data(StaffDirectory::CanDeleteRole).toBool(), true);
        QCOMPARE(model.index(2).data(StaffDirectory::CanDeleteRole).toBool(), false);
        QCOMPARE(model.roleOptions().size(), 3);
    }

    void hotelFormSendsOnlyWhatChanged()
    {
        HotelSettingsForm form;
        form.load(
            QJsonObject { { "name", "Harbourview" }, { "languages", QJsonArray { "en", "pt" } },
                { "businessHours", QJsonObject { { "open", "08:00" }, { "close", "22:00" } } } });
        QCOMPARE(form.values().value("languages").toString(), QStringLiteral("en, pt"));
        QCOMPARE(form.values().value("opensAt").toString(), QStringLiteral("08:00"));
        QVERIFY(!form.dirty());
        QVERIFY(form.changes().isEmpty());
        form.setValue(QStringLiteral("languages"), QStringLiteral("EN; pt es"));
        form.setValue(QStringLiteral("phone"), QStringLiteral(" +351 21 000 "));
        QCOMPARE(form.changes(),
            QJsonObject(
                { { "languages", QJsonArray { "en", "pt", "es" } }, { "phone", "+351 21 000" } }));
        form.setValue(QStringLiteral("opensAt"), QString());
        form.setValue(QStringLiteral("closesAt"), QString());
        QVERIFY(form.changes().value("businessHours").isNull());
        QVERIFY(form.changes().contains("businessHours"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsModels)
#include "tst_settingsmodels.moc"
