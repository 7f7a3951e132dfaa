#pragma once
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

class TaskListModel;

//! Tasks as one screen shows them: open or done, one department, or one conversation's.
class TaskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TaskFilterModel belongs to Desk")
    Q_PROPERTY(Show show READ show WRITE setShow NOTIFY showChanged)
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY departmentChanged)
    //! One priority ("urgent", "high", "standard", "low"), or empty for all.
    Q_PROPERTY(QString priority READ priority WRITE setPriority NOTIFY priorityChanged)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY
            conversationIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Show { Open, Done, All };
    Q_ENUM(Show)

    explicit TaskFilterModel(TaskListModel *source, QObject *parent = nullptr);

    [[nodiscard]] Show show() const { return m_show; }
    void setShow(Show show);
    [[nodiscard]] QString department() const { return m_department; }
    void setDepartment(const QString &department);
    [[nodiscard]] QString priority() const { return m_priority; }
    void setPriority(const QString &priority);
    [[nodiscard]] QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &conversationId);
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void showChanged();
    void departmentChanged();
    void priorityChanged();
    void conversationIdChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    TaskListModel *m_tasks;
    Show m_show = Open;
    QString m_department;
    QString m_priority;
    QString m_conversationId;
};

} // namespace jack::desk
