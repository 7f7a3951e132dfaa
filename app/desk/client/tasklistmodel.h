#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace jack::desk {

//! One task for a department.
struct TaskEntry {
    QString id;
    QString conversationId;
    QString guestName;
    QString type;
    QString department;
    QString priority;
    QString status;
    QString roomNumber;
    QString description;
    QString itemsText; // "2 × towels, 1 × pillow"
    QString assignedTo;
    QString completionNote;
    QDateTime dueAt; // as the hub has it; invalid when none was set
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] static TaskEntry fromJson(const QJsonObject &object);
    //! When the task should be done: its due time, else its priority's service level after
    //! it was opened (urgent 15 min, high 30 min, standard 1 h, low 4 h).
    [[nodiscard]] QDateTime effectiveDue() const;
};

//! Every task the desk knows: open ones first (most urgent, then oldest), then finished ones
//! newest first. Also says which status changes make sense for each task.
class TaskListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TaskListModel belongs to Desk")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int urgentCount READ urgentCount NOTIFY countsChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QStringList departments READ departments NOTIFY countsChanged)
    Q_PROPERTY(QVariantList departmentOptions READ departmentOptions NOTIFY countsChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ConversationIdRole,
        GuestNameRole,
        TypeRole,
        TypeLabelRole,
        TitleRole,
        DepartmentRole,
        DepartmentLabelRole,
        PriorityRole,
        PriorityLabelRole,
        PriorityRankRole,
        StatusRole,
        StatusLabelRole,
        IsOpenRole,
        CanStartRole,
        CanCompleteRole,
        CanCancelRole,
        CanReopenRole,
        RoomNumberRole,
        DescriptionRole,
        ItemsTextRole,
        CreatedAtRole,
        AgeTextRole,
        OpenedTextRole,
        UpdatedAtRole,
        DueAtRole,
        DueTextRole,
        IsOverdueRole,
        IsDueSoonRole,
        AssignedToRole,
        IsMineRole,
        CanClaimRole,
        CompletionNoteRole,
    };
    Q_ENUM(Roles)

    explicit TaskListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reset(const QJsonArray &items);
    //! task:created / task:updated; older snapshots than the row's are ignored.
    bool upsert(const QJsonObject &task);
    void clear();
    void setNow(const QDateTime &now);
    //! Whose tasks count as "mine" (claim shows on the others').
    void setCurrentUserId(const QString &userId);

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int openCount() const { return m_open; }
    [[nodiscard]] int urgentCount() const { return m_urgent; }
    [[nodiscard]] int overdueCount() const { return m_overdue; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    //! Departments that have tasks, for the filter.
    [[nodiscard]] QStringList departments() const { return m_departments; }
    //! The department filter's choices: {"value", "text"}, "All departments" first.
    [[nodiscard]] QVariantList departmentOptions() const;
    [[nodiscard]] int indexOf(const QString &id) const;
    [[nodiscard]] const TaskEntry &at(int row) const { return m_rows.at(size_t(row)); }
    Q_INVOKABLE QString departmentLabel(const QString &department) const;

Q_SIGNALS:
    void countsChanged();
    void loadedChanged();

private:
    [[nodiscard]] QVariant value(const TaskEntry &entry, int role) const;
    [[nodiscard]] static bool before(const TaskEntry &a, const TaskEntry &b);
    void recount();
    [[nodiscard]] QDateTime now() const;

    std::vector<TaskEntry> m_rows;
    QStringList m_departments;
    QDateTime m_fixedNow;
    QString m_userId;
    QTimer m_ageTimer;
    int m_open = 0;
    int m_urgent = 0;
    int m_overdue = 0;
    int m_countSeen = 0;
    bool m_loaded = false;
};

} // namespace jack::desk
