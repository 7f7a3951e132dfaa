#pragma once
// The demo hotel's knowledge base loaded into a fresh, migrated database for the AI tests.
#include "ai/replycomposer.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace jack::test {

inline QJsonObject demoHotelJson()
{
    QFile file(QStringLiteral(JACK_DEMO_HOTEL));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline ai::HotelInfo demoHotelInfo()
{
    const QJsonObject hotel = demoHotelJson().value(u"hotel").toObject();
    return ai::HotelInfo { hotel.value(u"name").toString(), hotel.value(u"phone").toString(),
        hotel.value(u"email").toString(), hotel.value(u"checkInTime").toString(),
        hotel.value(u"checkOutTime").toString() };
}

inline void insertKnowledge(QSqlDatabase &db, const QString &id, const QString &category,
    const QString &title, const QString &content, const QJsonArray &keywords, bool archived = false)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    storage::SqlQuery(db,
        QStringLiteral("INSERT INTO knowledge (id, category, title, content, keywords, language, "
                       "priority, archived, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'en', 0, ?, ?, ?)"))
        .bind(id)
        .bind(category)
        .bind(title)
        .bind(content)
        .bind(QString::fromUtf8(QJsonDocument(keywords).toJson(QJsonDocument::Compact)))
        .bind(archived ? 1 : 0)
        .bind(now)
        .bind(now)
        .exec();
}

//! Opens a database in dir, migrates it and inserts the 24 demo entries as kb-01 … kb-24.
//! Returns the number of entries inserted.
inline int openDemoDatabase(const QTemporaryDir &dir, const QString &connection, QSqlDatabase &db)
{
    db = storage::Database::open(dir.filePath(QStringLiteral("jack.db")), connection);
    storage::Database::migrate(db);
    const QJsonArray entries = demoHotelJson().value(u"entries").toArray();
    int n = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        insertKnowledge(db, QStringLiteral("kb-%1").arg(++n, 2, 10, QLatin1Char('0')),
            entry.value(u"category").toString(), entry.value(u"title").toString(),
            entry.value(u"content").toString(), entry.value(u"keywords").toArray());
    }
    return n;
}

} // namespace jack::test
