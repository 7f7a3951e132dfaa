#pragma once
#include "storage/listpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! A task to insert.
struct NewTask {
    QString conversationId, guestId, type, department, priority = QStringLiteral("standard");
    QString roomNumber, description, source = QStringLiteral("staff"), assignedTo, dueAt;
    QJsonArray items;
};

//! Filters of GET /tasks.
struct TaskFilter {
    QString status, department, assignedTo, source;
    int limit = 50;
    int offset = 0;
};

//! Tasks for departments.
class TaskStore {
public:
    explicit TaskStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    QString insert(const NewTask &task);
    [[nodiscard]] QJsonObject get(const QString &id) const; // empty when unknown
    [[nodiscard]] ListPage list(const TaskFilter &filter) const;
    //! Whether the conversation has a pending or in-progress task of this type.
    [[nodiscard]] bool hasOpen(const QString &conversationId, const QString &type) const;
    //! The guest's pending and in-progress tasks, oldest first.
    [[nodiscard]] QJsonArray openForGuest(const QString &guestId) const;
    //! Counts by status, and open tasks by department.
    [[nodiscard]] QJsonObject stats() const;
    //! Applies the given fields (status, priority, assignedTo, description, roomNumber, dueAt,
    //! department, completionNote).
    void update(const QString &id, const QJsonObject &fields);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
