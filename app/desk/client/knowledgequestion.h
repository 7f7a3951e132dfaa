#pragma once
#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! "Test a question": what Jack would answer a guest from the knowledge base, and why (the
//! entries it used, with their scores). Asks POST /knowledge/ask; changes nothing.
class KnowledgeQuestion : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(jack::desk::ApiClient *api READ api WRITE setApi NOTIFY apiChanged)
    Q_PROPERTY(QString question READ question NOTIFY answered)
    Q_PROPERTY(QString answer READ answer NOTIFY answered)
    Q_PROPERTY(bool hasAnswer READ hasAnswer NOTIFY answered)
    //! [{id, title, categoryLabel, score, scoreText, sentences}]: best first.
    Q_PROPERTY(QVariantList sources READ sources NOTIFY answered)
    //! One line on how Jack got there: "Offline engine · intent Wi-Fi · 83% sure".
    Q_PROPERTY(QString howText READ howText NOTIFY answered)
    //! Jack would hand this question to a person.
    Q_PROPERTY(bool escalate READ escalate NOTIFY answered)
    Q_PROPERTY(bool asking READ asking NOTIFY askingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit KnowledgeQuestion(QObject *parent = nullptr);

    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api);
    [[nodiscard]] QString question() const { return m_question; }
    [[nodiscard]] QString answer() const { return m_answer; }
    [[nodiscard]] bool hasAnswer() const { return !m_answer.isEmpty(); }
    [[nodiscard]] QVariantList sources() const { return m_sources; }
    [[nodiscard]] QString howText() const { return m_how; }
    [[nodiscard]] bool escalate() const { return m_escalate; }
    [[nodiscard]] bool asking() const { return m_asking; }
    [[nodiscard]] QString error() const { return m_error; }

    //! False when there is nothing to ask.
    Q_INVOKABLE bool ask(const QString &question);
    Q_INVOKABLE void clear();

    //! Reads an answer of POST /knowledge/ask (tests feed it fixtures).
    void takeAnswer(const QString &question, const QJsonObject &answer);

Q_SIGNALS:
    void apiChanged();
    void answered();
    void askingChanged();
    void errorChanged();

private:
    void setAsking(bool asking);
    void setError(const QString &error);

    QPointer<ApiClient> m_api;
    QString m_question;
    QString m_answer;
    QVariantList m_sources;
    QString m_how;
    QString m_error;
    quint64 m_serial = 0;
    bool m_escalate = false;
    bool m_asking = false;
};

} // namespace jack::desk
