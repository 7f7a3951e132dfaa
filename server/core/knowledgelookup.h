#pragma once
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

namespace jack::core {

//! Searches the hotel's knowledge and answers questions from it in the thread of the service
//! that owns retrieval (it may wait for an embedding provider); `done` is called once, in the
//! thread of `replyContext`, and not at all when that object is gone.
class KnowledgeLookup {
public:
    using Done = std::function<void(const QJsonObject &result)>;
    virtual ~KnowledgeLookup() = default;
    //! `done` gets {"matches":[{"id","title","category","score",…}],"retrieval":{…}}.
    virtual void search(const QString &query, int limit, QObject *replyContext, Done done) = 0;
    //! `done` gets {"answer","language","intent","confidence","provider","sources":[…]}.
    virtual void ask(const QString &question, QObject *replyContext, Done done) = 0;
};

} // namespace jack::core
