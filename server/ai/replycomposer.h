#pragma once
#include "ai/classification.h"
#include "ai/knowledgesearch.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jack::ai {

//! The hotel facts a reply may mention.
struct HotelInfo {
    QString name, phone, email, checkInTime, checkOutTime;
};

//! What the offline engine decided about one guest message.
struct OfflineAnswer {
    Classification classification;
    QString reply; //!< text to send to the guest, in classification.language
    QList<KnowledgeHit> sources; //!< knowledge entries quoted
    bool createTask = false; //!< requiresAction && confidence >= 0.6
    QString taskDescription; //!< short staff-facing description, e.g. "2 towels to room 412"
    bool escalate = false;
    QString escalationReason; //!< staff-facing English, e.g. "guest asked for a person"
};

//! Writes the guest-facing reply in the guest's language from the lexicon's templates; facts
//! come only from quoted knowledge sentences and HotelInfo.
class ReplyComposer {
public:
    [[nodiscard]] QString compose(const OfflineAnswer &answer, const HotelInfo &hotel) const;
    //! The hotel facts replies may quote, from the "hotel" settings.
    [[nodiscard]] static HotelInfo hotelInfo(const QSqlDatabase &db);
    //! "A colleague will get back to you shortly" in the language, English if unknown.
    [[nodiscard]] static QString holdingReply(const QString &language);
    //! "Good news: your request (2 towels) has been taken care of." in the language, English
    //! if unknown; `items` are the task's [{name, quantity}].
    [[nodiscard]] static QString taskDoneReply(const QString &language, const QJsonArray &items);
};

} // namespace jack::ai
