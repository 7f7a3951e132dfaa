// The front desk's reservation lists against a real demo hub: today's arrivals, who is in
// house, today's departures, filters, paging, 404s, bad input and roles; and the guest search
// by room that the desk's guest screen uses.
#include "gateway/passwordhasher.h"
#include "runtime/hub.h"
#include "storage/database.h"
#include "storage/reservationstore.h"
#include "storage/staffstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jack;

namespace {
struct Answer {
    int status = 0;
    QJsonObject json;
    [[nodiscard]] QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
    [[nodiscard]] QString errorField() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("details"))
            .toObject()
            .value(QLatin1String("field"))
            .toString();
    }
    [[nodiscard]] QString errorCode() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

QStringList confirmations(const Answer &a)
{
    QStringList numbers;
    for (const QJsonValue &item : a.items())
        numbers.append(item.toObject().value(QLatin1String("confirmationNumber")).toString());
    numbers.sort();
    return numbers;
}
} // namespace

class TestReservationRoutes : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    QNetworkAccessManager m_net;
    QString m_staff;

    Answer get(const QString &path, const QString &token)
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_net.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }
    Answer get(const QString &path) { return get(path, m_staff); }
    QString today() const
    {
        return storage::ReservationStore::hotelToday(QStringLiteral("Europe/Lisbon"))
            .toString(Qt::ISODate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            QSqlDatabase db = storage::Database::open(
                m_dir.filePath(QStringLiteral("jack.db")), QStringLiteral("seed"));
            storage::Database::migrate(db);
            storage::StaffStore(db).create(QStringLiteral("ana@hotel.test"),
                QStringLiteral("Ana Front"), QStringLiteral("staff"), QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QStringLiteral("staff-password-1")));
        }
        storage::Database::close(QStringLiteral("seed"));
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, true });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));

        QNetworkRequest request(m_hub->url().resolved(QUrl(QStringLiteral("/api/v1/auth/login"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_net.post(request,
            QJsonDocument(
                QJsonObject { { "email", "ana@hotel.test" }, { "password", "staff-password-1" } })
                .toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(15000));
        m_staff = QJsonDocument::fromJson(reply->readAll())
                      .object()
                      .value(QLatin1String("accessToken"))
                      .toString();
        reply->deleteLater();
        QVERIFY(!m_staff.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_hub)
            m_hub->stop();
    }

    // The demo hotel: James arrives today; Maria, Ahmed and Sofia are in house; Sofia leaves
    // today; Lena comes in two days.
    void todaysLists()
    {
        const Answer arriving = get(QStringLiteral("/api/v1/reservations/arriving-today"));
        QCOMPARE(arriving.status, 200);
        QCOMPARE(confirmations(arriving), QStringList { "HV-10235" });
        QCOMPARE(arriving.json.value("date").toString(), today());
        QCOMPARE(arriving.json.value("total").toInt(), 1);
        const QJsonObject james = arriving.items().first().toObject();
        QCOMPARE(james.value("guestName").toString(), QStringLiteral("James Whitfield"));
        QCOMPARE(james.value("roomNumber").toString(), QStringLiteral("508"));
        QCOMPARE(james.value("arrivalDate").toString(), today());
        QCOMPARE(james.value("nights").toInt(), 2);
        QVERIFY(james.value("vip").toBool());

        const Answer inHouse = get(QStringLiteral("/api/v1/reservations/in-house"));
        QCOMPARE(inHouse.status, 200);
        QCOMPARE(confirmations(inHouse), (QStringList { "HV-10234", "HV-10237", "HV-10238" }));

        const Answer departing = get(QStringLiteral("/api/v1/reservations/departing-today"));
        QCOMPARE(departing.status, 200);
        QCOMPARE(confirmations(departing), QStringList { "HV-10238" });
        QCOMPARE(departing.items().first().toObject().value("departureDate").toString(), today());

        // Search within a list: by room, by name.
        QCOMPARE(confirmations(get(QStringLiteral("/api/v1/reservations/in-house?q=412"))),
            QStringList { "HV-10234" });
        QCOMPARE(confirmations(get(QStringLiteral("/api/v1/reservations/in-house?q=haddad"))),
            QStringList { "HV-10237" });
    }

    void listFiltersAndPaging()
    {
        const Answer all = get(QStringLiteral("/api/v1/reservations"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value("total").toInt(), 5);
        // Sorted by arrival: Ahmed (3 days ago) first, Lena (in two days) last.
        QCOMPARE(all.items().first().toObject().value("confirmationNumber").toString(),
            QStringLiteral("HV-10237"));
        QCOMPARE(all.items().last().toObject().value("confirmationNumber").toString(),
            QStringLiteral("HV-10236"));

        QCOMPARE(confirmations(get(QStringLiteral("/api/v1/reservations?status=confirmed"))),
            (QStringList { "HV-10235", "HV-10236" }));
        QCOMPARE(confirmations(get(
                     QStringLiteral("/api/v1/reservations?status=confirmed,checked_in&q=lena"))),
            QStringList { "HV-10236" });
        QCOMPARE(confirmations(get(QStringLiteral("/api/v1/reservations?arrivalDate=") + today())),
            QStringList { "HV-10235" });
        QCOMPARE(
            confirmations(get(QStringLiteral("/api/v1/reservations?departureDate=") + today())),
            QStringList { "HV-10238" });
        // Sofia leaves today: she no longer sleeps here tonight.
        QCOMPARE(confirmations(get(QStringLiteral("/api/v1/reservations?stayingOn=") + today())),
            (QStringList { "HV-10234", "HV-10235", "HV-10237" }));

        const Answer page = get(QStringLiteral("/api/v1/reservations?limit=2&offset=4"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.items().size(), 1);
        QCOMPARE(page.json.value("total").toInt(), 5);
        QCOMPARE(page.json.value("limit").toInt(), 2);
        QCOMPARE(page.json.value("offset").toInt(), 4);
    }

    void oneReservationAndAGuestsReservations()
    {
        const Answer maria = get(QStringLiteral("/api/v1/reservations?q=HV-10234"));
        QCOMPARE(maria.items().size(), 1);
        const QJsonObject listed = maria.items().first().toObject();
        const Answer one
            = get(QStringLiteral("/api/v1/reservations/") + listed.value("id").toString());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json, listed);
        QCOMPARE(one.json.value("status").toString(), QStringLiteral("checked_in"));

        const QString guestId = listed.value("guestId").toString();
        const Answer hers = get(QStringLiteral("/api/v1/guests/%1/reservations").arg(guestId));
        QCOMPARE(hers.status, 200);
        QCOMPARE(confirmations(hers), QStringList { "HV-10234" });

        const Answer unknown = get(QStringLiteral("/api/v1/reservations/no-such-id"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(get(QStringLiteral("/api/v1/guests/no-such-guest/reservations")).status, 404);
    }

    void guestSearchFindsRoomsAndShowsTheStay()
    {
        const Answer byRoom = get(QStringLiteral("/api/v1/guests?q=305"));
        QCOMPARE(byRoom.status, 200);
        QCOMPARE(byRoom.items().size(), 1);
        const QJsonObject ahmed = byRoom.items().first().toObject();
        QCOMPARE(ahmed.value("name").toString(), QStringLiteral("Ahmed Haddad"));
        const QJsonObject stay = ahmed.value("currentReservation").toObject();
        QCOMPARE(stay.value("roomNumber").toString(), QStringLiteral("305"));
        QCOMPARE(stay.value("status").toString(), QStringLiteral("checked_in"));
        // A guest known only from a message has no stay.
        const Answer all = get(QStringLiteral("/api/v1/guests?limit=500"));
        bool sawNoStay = false;
        for (const QJsonValue &g : all.items())
            sawNoStay |= g.toObject().value("currentReservation").isNull();
        QVERIFY(sawNoStay);
    }

    void badInputIs400AndChangesNothing()
    {
        struct Case {
            const char *path;
            const char *field;
        };
        for (const Case &c : { Case { "/api/v1/reservations?arrivalDate=tomorrow", "arrivalDate" },
                 Case { "/api/v1/reservations?departureDate=2026-13-01", "departureDate" },
                 Case { "/api/v1/reservations?stayingOn=29/11/2026", "stayingOn" },
                 Case { "/api/v1/reservations?status=sleeping", "status" },
                 Case { "/api/v1/reservations/in-house?limit=0", "limit" },
                 Case { "/api/v1/reservations/arriving-today?status=bogus", "status" },
                 Case { "/api/v1/reservations/departing-today?offset=-1", "offset" } }) {
            const Answer a = get(QString::fromLatin1(c.path));
            QVERIFY2(a.status == 400, c.path);
            QCOMPARE(a.errorCode(), QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(a.errorField(), QString::fromLatin1(c.field));
        }
        QCOMPARE(get(QStringLiteral("/api/v1/reservations")).json.value("total").toInt(), 5);
    }

    void tokenIsRequired()
    {
        for (const char *path : { "/api/v1/reservations", "/api/v1/reservations/in-house",
                 "/api/v1/reservations/arriving-today", "/api/v1/reservations/departing-today",
                 "/api/v1/reservations/x", "/api/v1/guests/x/reservations" }) {
            const Answer a = get(QString::fromLatin1(path), QString());
            QVERIFY2(a.status == 401, path);
            QCOMPARE(a.errorCode(), QStringLiteral("UNAUTHORIZED"));
        }
    }

    // The guest screen hides export and erase from staff; the hub refuses them too.
    void staffMayNotExportOrErase()
    {
        const Answer maria = get(QStringLiteral("/api/v1/reservations?q=HV-10234"));
        const QString guestId = maria.items().first().toObject().value("guestId").toString();
        const Answer exported = get(QStringLiteral("/api/v1/guests/%1/export").arg(guestId));
        QCOMPARE(exported.status, 403);
        QCOMPARE(exported.errorCode(), QStringLiteral("FORBIDDEN"));
    }
};

QTEST_GUILESS_MAIN(TestReservationRoutes)
#include "tst_reservationroutes.moc"
