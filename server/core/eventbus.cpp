#include "core/eventbus.h"

namespace jack::core {

EventBus::EventBus(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<jack::core::Change>();
}

} // namespace jack::core
