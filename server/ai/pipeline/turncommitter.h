#pragma once
#include "ai/pipeline/turn.h"

#include <QJsonValue>

namespace jack::storage {
class WriteTx;
}

namespace jack::ai {

//! The pipeline's last stage: commits one answered turn in a single transaction — the
//! classification and translation of the guest's message, the tasks, the reply with its outbox
//! row, the conversation's state, the outcome record and the model usage — with the changes
//! staff desks receive. A message already processed is refused (409) and nothing is written.
class TurnCommitter {
public:
    static QJsonValue commit(storage::WriteTx &tx, const Turn &turn);
};

} // namespace jack::ai
