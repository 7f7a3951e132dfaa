#include "knowledgequestion.h"

#include "knowledgeentrymodel.h"
#include "wording.h"

#include <QJsonArray>

namespace jack::desk {

namespace {
constexpr int maxQuestionLength = 2000;
}

KnowledgeQuestion::KnowledgeQuestion(QObject *parent)
    : QObject(parent)
{
}

void KnowledgeQuestion::setApi(ApiClient *api)
{
    if (m_api == api)
        return;
    m_api = api;
    Q_EMIT apiChanged();
}

bool KnowledgeQuestion::ask(const QString &question)
{
    const QString text = question.trimmed();
    if (!m_api || text.isEmpty())
        return false;
    if (text.size() > maxQuestionLength) {
        setError(tr("That question is too long: keep it under %1 characters, as a guest would.")
                     .arg(maxQuestionLength));
        return false;
    }
    const quint64 serial = ++m_serial;
    setAsking(true);
    setError({});
    m_api->post(QStringLiteral("knowledge/ask"), { { "question", text } }, this,
        [this, serial, text](const ApiReply &reply) {
            if (serial != m_serial)
                return;
            setAsking(false);
            if (!reply.ok()) {
                setError(reply.status == 0
                        ? tr("The hub cannot be reached. Try again when it is back.")
                        : reply.status == 503
                        ? tr("Jack's answering service is not running on the hub right now.")
                        : tr("Jack could not answer the test question (%1).")
                              .arg(reply.errorMessage));
                return;
            }
            takeAnswer(text, reply.object());
        });
    return true;
}

void KnowledgeQuestion::takeAnswer(const QString &question, const QJsonObject &a)
{
    m_question = question;
    m_answer = a.value(QLatin1String("answer")).toString();
    m_escalate = a.value(QLatin1String("escalate")).toBool();
    m_sources.clear();
    for (const QJsonValue &value : a.value(QLatin1String("sources")).toArray()) {
        const QJsonObject s = value.toObject();
        const double score = s.value(QLatin1String("score")).toDouble();
        QStringList sentences;
        for (const QJsonValue &sentence : s.value(QLatin1String("sentences")).toArray())
            sentences.append(sentence.toString());
        m_sources.append(QVariantMap {
            { "id", s.value(QLatin1String("id")).toString() },
            { "title", s.value(QLatin1String("title")).toString() },
            { "categoryLabel",
                KnowledgeEntryModel::categoryLabel(s.value(QLatin1String("category")).toString()) },
            { "score", score },
            //: how well an entry matches the question, 0 to 100
            { "scoreText", tr("%1% match").arg(qRound(score * 100)) },
            { "sentences", sentences },
        });
    }
    const QString provider = a.value(QLatin1String("provider")).toString();
    const QString providerText = provider == QLatin1String("offline") || provider.isEmpty()
        ? tr("Offline engine")
        : tr("Language model (%1)").arg(provider);
    const QString intent = a.value(QLatin1String("intent")).toString();
    QStringList parts { providerText };
    if (!intent.isEmpty())
        parts.append(wording::intentLabel(intent));
    if (a.contains(QLatin1String("confidence")))
        parts.append(
            tr("%1% sure").arg(qRound(a.value(QLatin1String("confidence")).toDouble() * 100)));
    m_how = parts.join(QStringLiteral(" · "));
    Q_EMIT answered();
}

void KnowledgeQuestion::clear()
{
    ++m_serial;
    m_question.clear();
    m_answer.clear();
    m_sources.clear();
    m_how.clear();
    m_escalate = false;
    setAsking(false);
    setError({});
    Q_EMIT answered();
}

void KnowledgeQuestion::setAsking(bool asking)
{
    if (m_asking == asking)
        return;
    m_asking = asking;
    Q_EMIT askingChanged();
}

void KnowledgeQuestion::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace jack::desk
