#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! One remembered fact about a guest, as stored.
struct MemoryRecord {
    QString id, guestId, category, fact, factKey, sourceConversationId, origin, createdAt,
        updatedAt;
    double confidence = 0;
};

//! A fact to remember. `factKey` is the normalised fact the guest's memories are unique by.
struct NewMemory {
    QString guestId, category, fact, factKey, sourceConversationId, origin;
    double confidence = 0;
};

//! What remember() did.
enum class MemoryWrite { Created, Updated, Unchanged };

//! Guest memories (table guest_memories) and how far each conversation was read for them.
class MemoryStore {
public:
    explicit MemoryStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Inserts the fact, or folds it into the guest's memory with the same key: the higher
    //! confidence and the latest source conversation win; text, category and origin stay.
    MemoryWrite remember(const NewMemory &memory, QString *id);
    [[nodiscard]] std::optional<MemoryRecord> get(const QString &id) const;
    //! The guest's memories, by category, then most recently confirmed first.
    [[nodiscard]] QList<MemoryRecord> forGuest(const QString &guestId) const;
    [[nodiscard]] QJsonArray forGuestJson(const QString &guestId) const;
    //! The id of the guest's memory with this key, if any.
    [[nodiscard]] std::optional<QString> idByKey(
        const QString &guestId, const QString &factKey) const;
    //! A staff edit: the fact (and its key) and category as given; a person vouched for it,
    //! so the confidence becomes 1.
    void update(
        const QString &id, const QString &category, const QString &fact, const QString &factKey);
    //! False when there was no such memory.
    bool remove(const QString &id);
    //! Removes every memory of the guest; returns how many there were.
    int removeForGuest(const QString &guestId);

    //! The creation time of the last guest message read for memories in this conversation
    //! (empty when never read).
    [[nodiscard]] QString scannedUpTo(const QString &conversationId) const;
    void setScannedUpTo(const QString &conversationId, const QString &lastMessageAt);

    [[nodiscard]] static QJsonObject toJson(const MemoryRecord &record);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
