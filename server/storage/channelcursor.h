#pragma once
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! Where a poller got to (IMAP UIDVALIDITY and last UID, Telegram update offset…), kept so a
//! restart continues exactly where the last committed batch ended.
class ChannelCursor {
public:
    explicit ChannelCursor(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    [[nodiscard]] QString get(const QString &channel, const QString &name) const;
    void set(const QString &channel, const QString &name, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
